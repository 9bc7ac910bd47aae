// The production build as the benchmarks run it: `npm start`'s own start-up (scripts/run-app.ts)
// on a fresh copy of the migrated test database, on TEST_DATABASE_URL's server (or the embedded
// test PostgreSQL). `stop()` ends the app and drops the database (unless `keep`).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createDatabase, databaseUrl, dropDatabase } from "@/lib/database/admin";
import { ensureTemplate, openTestServer } from "@/tests/support/test-database";

/**
 * All benchmark load comes from one address: the per-address pledge limits are lifted and the
 * minimum form time dropped (settings of the server process, so the public cannot lift a real
 * deployment's limits; the limiter itself still runs on every pledge).
 */
export const LIFTED_PLEDGE_LIMITS = {
  PLEDGE_RATE_LIMIT_BURST: "1000000000",
  PLEDGE_DOMAIN_RATE_LIMIT_BURST: "1000000000",
  PLEDGE_MIN_SUBMIT_SECONDS: "0",
} as const;

/** Requests per second of an autocannon run. */
export function rate(result: { requests: { total: number }; duration: number }): number {
  return result.requests.total / result.duration;
}

export interface BenchApp {
  base: string;
  databaseUrl: string;
  /** The process id of the app's start-up wrapper (the root of its process tree). */
  pid: number;
  stop(): Promise<void>;
  /** Runs the benchmark, then stops the app and exits with its code (1 if it threw). */
  runThenExit(benchmark: () => Promise<number>): Promise<never>;
}

export async function startBenchApp(
  port: number,
  settings: Record<string, string>,
  options: { keep?: boolean } = {},
): Promise<BenchApp> {
  if (!existsSync(join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("No production build found. Run `npm run build` first, then `npm run bench`.");
    process.exit(1);
  }
  const server = await openTestServer();
  const databaseName = `bh_bench_${randomBytes(4).toString("hex")}`;
  await createDatabase(server.serverUrl, databaseName, await ensureTemplate(server.serverUrl));
  const url = databaseUrl(server.serverUrl, databaseName);
  const base = `http://127.0.0.1:${port}`;

  const app = spawn(
    join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/run-app.ts", "start", "--port", String(port)],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, ...settings },
    },
  );
  const exited = new Promise<void>((resolve) => app.on("exit", () => resolve()));
  const stop = async () => {
    if (app.exitCode === null) {
      app.kill("SIGTERM");
      await exited;
    }
    if (options.keep) {
      console.log(`Kept the database: ${url}`);
    } else {
      await dropDatabase(server.serverUrl, databaseName).catch((error: unknown) =>
        console.error(error),
      );
    }
    await server.stop();
  };

  try {
    await waitForServer(base, () => app.exitCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }
  const runThenExit = async (benchmark: () => Promise<number>): Promise<never> => {
    let exitCode = 1;
    try {
      exitCode = await benchmark();
    } catch (error) {
      console.error(error);
    } finally {
      await stop();
    }
    process.exit(exitCode);
  };
  return { base, databaseUrl: url, pid: app.pid ?? 0, stop, runThenExit };
}

async function waitForServer(base: string, hasExited: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (hasExited()) throw new Error("The app exited during start-up (see above).");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer on ${base} within a minute.`);
}
