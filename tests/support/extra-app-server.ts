// A production server of its own for a browser-suite spec that needs settings the shared one does
// not have (a trusted proxy, low limits): `npm start`'s own start-up on a fresh copy of the migrated
// test database, on a port of its own. Needs the build (`npm test` builds before the browser tests).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { childProcessEnv } from "./test-env";

export interface ExtraAppServer {
  baseUrl: string;
  databaseUrl: string;
  /** The last 64 KB the server printed (its log). */
  output(): string;
  /** The process group of `npm start` and everything it started (the web workers among them). */
  processGroup: number;
  stop(): Promise<void>;
}

async function waitUntilServing(child: ChildProcess, url: string, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app server exited:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app server did not answer within 2 minutes:\n${output()}`);
}

export async function startExtraAppServer(
  port: number,
  settings: Record<string, string>,
  options: {
    /** Serve this database (another extra server's) instead of a fresh one; it is not dropped. */
    databaseUrl?: string;
  } = {},
): Promise<ExtraAppServer> {
  // Imported here, in the worker (react-server condition): the runner also loads spec files.
  const { createDatabase, databaseUrl, dropDatabase } = await import("../../lib/database/admin");
  const { ensureTemplate, openTestServer } = await import("./test-database");
  const server = await openTestServer();
  const name = `bh_test_e2e_extra_${randomBytes(5).toString("hex")}`;
  const ownDatabase = options.databaseUrl === undefined;
  if (ownDatabase) {
    await createDatabase(server.serverUrl, name, await ensureTemplate(server.serverUrl));
  }
  const url = options.databaseUrl ?? databaseUrl(server.serverUrl, name);
  const child: ChildProcess = spawn(
    join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/run-app.ts", "start", "--port", String(port)],
    {
      // Its own process group, so stopping it stops the server under `npm start` too, even when
      // tsx's wrapper goes first (a server left behind would hold its port for the next spec).
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: childProcessEnv({
        NODE_ENV: "production",
        DATABASE_URL: url,
        // No SITE_URL: `npm start` takes the build's (lib/build-record.ts) and refuses another.
        // One web process, as the shared test server has, unless the spec asks for more.
        WEB_CONCURRENCY: "1",
        ...settings,
      }),
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64_000);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64_000);
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    if (ownDatabase) await dropDatabase(server.serverUrl, name).catch(() => {});
    await server.stop();
  };
  try {
    await waitUntilServing(child, `http://localhost:${port}/robots.txt`, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl: `http://localhost:${port}`,
    databaseUrl: url,
    output: () => output,
    processGroup: child.pid ?? 0,
    stop,
  };
}
