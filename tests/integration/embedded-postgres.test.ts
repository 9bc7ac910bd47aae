// The embedded PostgreSQL that `npm run dev` uses on a machine without one: data that survives a
// restart, and a clear message instead of a hang for each way a start can go wrong.
import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EmbeddedDatabaseError,
  type EmbeddedServer,
  startEmbeddedPostgres,
} from "@/lib/database/embedded-postgres";

let root: string;
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "localhost", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function startInChild(dataDir: string, port: number) {
  const child = spawn(
    join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "tests/support/start-embedded-cli.ts", dataDir, String(port)],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  let output = "";
  const settled = new Promise<{ ready: boolean; output: string; code: number | null }>((done) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready ")) done({ ready: true, output, code: null });
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("exit", (code) => done({ ready: false, output, code }));
  });
  return { child, settled };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "bh-embedded-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
  await chmod(root, 0o755);
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await rm(root, { recursive: true, force: true });
});

describe("the embedded PostgreSQL", () => {
  it("keeps its data across a stop and a start", async () => {
    const dataDir = join(root, "persist");
    const port = await freePort();
    const options = { dataDir, port, database: "app", purpose: "test" };
    let server: EmbeddedServer = await startEmbeddedPostgres(options);
    await query(
      server.url,
      "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')",
    );
    await server.stop();

    server = await startEmbeddedPostgres(options);
    const result = await query(server.url, "SELECT value FROM kept");
    expect(result.rows).toEqual([{ value: "still here" }]);
    await server.stop();
  });

  it("says which port is taken instead of hanging", async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(port, "localhost", done));
    try {
      await expect(
        startEmbeddedPostgres({
          dataDir: join(root, "port"),
          port,
          database: "app",
          purpose: "test",
        }),
      ).rejects.toThrow(new RegExp(`Port ${port} is already in use.*EMBEDDED_DB_PORT`));
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });

  it("refuses a second instance on the same data, naming the first", async () => {
    const dataDir = join(root, "second");
    const port = await freePort();
    const server = await startEmbeddedPostgres({
      dataDir,
      port,
      database: "app",
      purpose: "first",
    });
    try {
      // A second `npm run dev` is another process; the lock names this one.
      const { settled } = startInChild(dataDir, await freePort());
      const result = await settled;
      expect(result.ready).toBe(false);
      expect(result.code).toBe(3);
      expect(result.output).toMatch(/already in use by `first` \(process \d+/);
    } finally {
      await server.stop();
    }
  });

  it("starts over a stale lock and a stale postmaster.pid", async () => {
    const dataDir = join(root, "stale");
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, database: "app", purpose: "test" });
    await first.stop();
    // What a crash leaves behind: pid files naming processes that no longer exist.
    await writeFile(
      join(dataDir, "postgres.lock"),
      JSON.stringify({ pid: 999_999, port, purpose: "npm run dev", startedAt: "then" }),
    );
    await writeFile(join(dataDir, "postgres", "postmaster.pid"), "999999\n/old\n");
    const again = await startEmbeddedPostgres({ dataDir, port, database: "app", purpose: "test" });
    expect((await query(again.url, "SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await again.stop();
  });

  it("recovers the data from a server orphaned by a killed parent", async () => {
    const dataDir = join(root, "orphan");
    const port = await freePort();
    const { child, settled } = startInChild(dataDir, port);
    expect((await settled).ready).toBe(true);
    // SIGKILL the Node process that holds the lock (tsx runs it as its own child): PostgreSQL
    // stays up with nobody to stop it, as after `kill -9` on `npm run dev`.
    const lock = JSON.parse(await readFile(join(dataDir, "postgres.lock"), "utf8")) as {
      pid: number;
    };
    process.kill(lock.pid, "SIGKILL");
    child.kill("SIGKILL");
    await new Promise((done) => setTimeout(done, 300));

    const server = await startEmbeddedPostgres({ dataDir, port, database: "app", purpose: "test" });
    expect((await query(server.url, "SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await server.stop();
  });

  it("is an EmbeddedDatabaseError a person can act on", () => {
    expect(new EmbeddedDatabaseError("x").name).toBe("EmbeddedDatabaseError");
  });
});
