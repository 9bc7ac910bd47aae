import "server-only";
// The one Prisma client, and the pg pool under it (shared with the rate limiter and the raw SQL
// reads, so the app holds one set of connections). A pg.Pool opens no connection until its first
// query, so importing this module never connects: pages are built without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { reportIdleConnectionErrors } from "@/lib/database/idle-connection-errors";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";

const MISSING_URL =
  "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start` (they start the embedded database and set it), or set DATABASE_URL to your PostgreSQL server.";

/**
 * Used for every connection when DATABASE_URL is unset: the first query fails with MISSING_URL,
 * where pg would otherwise try localhost:5432, which may well be somebody else's database.
 */
class UnconfiguredClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: (error: Error) => void): void;
  override connect(callback?: (error: Error) => void): Promise<pg.Client> | undefined {
    const error = new Error(MISSING_URL);
    if (!callback) return Promise.reject(error);
    process.nextTick(callback, error);
    return undefined;
  }
}

function createPool(): pg.Pool {
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    // A database that does not answer costs a request seconds, not forever (docs/decisions/008).
    // Opening a connection, and waiting for a free one when all are busy:
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    // PostgreSQL cancels a statement that runs longer, and ends a session left idle inside a
    // transaction (its locks with it):
    statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    // A frozen server cannot cancel anything, so the client gives up on its own half a second later.
    query_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS + 500,
    ...(env.DATABASE_URL ? {} : { Client: UnconfiguredClient }),
  });
  reportIdleConnectionErrors(pool, {
    shutdown: () => log.warn("db: the database server ended the idle connections (shutting down?)"),
    error: (error) => log.error({ err: error }, "db: idle connection error"),
  });
  return pool;
}

// Kept on globalThis in development, so a hot reload reuses the pool instead of leaking one.
const globalForDb = globalThis as unknown as {
  blueHeartPool?: pg.Pool;
  blueHeartDb?: PrismaClient;
};

export const pgPool: pg.Pool = globalForDb.blueHeartPool ?? createPool();
export const db: PrismaClient =
  globalForDb.blueHeartDb ?? new PrismaClient({ adapter: new PrismaPg(pgPool) });

if (env.NODE_ENV === "development") {
  globalForDb.blueHeartPool = pgPool;
  globalForDb.blueHeartDb = db;
}

/**
 * A connection of its own for a job that may rightly run longer than the pool's statement timeout
 * (the hourly privacy purge over a large table): opened for `work`, closed after it.
 */
export async function withLongRunningConnection<T>(
  work: (client: pg.Client) => Promise<T>,
  statementTimeoutMs = 10 * 60_000,
): Promise<T> {
  if (!env.DATABASE_URL) throw new Error(MISSING_URL);
  const client = new pg.Client({
    connectionString: env.DATABASE_URL,
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Closes the connections (tests and scripts; the app keeps them for its lifetime). */
export async function disconnectDb(): Promise<void> {
  await db.$disconnect();
  await pgPool.end().catch(() => {});
}
