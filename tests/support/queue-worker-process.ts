// The real queue worker (scripts/queue-worker.ts) as a child process, for the email tests: started
// on the test file's database and a mail catcher, stopped gracefully or killed like a crash.
import { type ChildProcess, spawn } from "node:child_process";
import { QUEUE_WORKER_ARGS, queueWorkerEnv } from "@/scripts/queue-worker-command.mjs";
import { childProcessEnv } from "./test-env";

export interface QueueWorkerProcess {
  output(): string;
  /** SIGKILL: a crash, nothing cleaned up. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startQueueWorker(
  settings: Record<string, string>,
): Promise<QueueWorkerProcess> {
  const child: ChildProcess = spawn(process.execPath, QUEUE_WORKER_ARGS, {
    stdio: ["ignore", "pipe", "pipe"],
    env: queueWorkerEnv(
      childProcessEnv({ NODE_ENV: "production", LOG_LEVEL: "info", ...settings }),
    ),
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("queue worker: started")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`queue worker exited (${code}):\n${output}`)));
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { output: () => output, kill: () => end("SIGKILL"), stop: () => end("SIGTERM") };
}
