import "server-only";
// A load balancer's view: is this instance able to serve? The database must answer within 1 s and
// hold every migration this build ships. Its own short-lived connection, not the app's pool, so a
// pool that is busy (or a statement that hangs) does not make a healthy database look down, and a
// frozen database cannot hold the probe longer than its limit.
import { join } from "node:path";
import pg from "pg";
import { listMigrationNames } from "@/lib/database/migration-names";
import { env } from "@/lib/env";

export const READINESS_TIMEOUT_MS = 1000;

export type Readiness =
  | { ready: true }
  | { ready: false; reason: "databaseUnreachable" | "migrationsPending"; pending?: number };

function withinLimit<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${milliseconds} ms`)),
      milliseconds,
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

async function appliedMigrations(connectionString: string): Promise<Set<string>> {
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: READINESS_TIMEOUT_MS,
    statement_timeout: READINESS_TIMEOUT_MS,
    query_timeout: READINESS_TIMEOUT_MS,
  });
  // A client that times out may still emit an error later; it has already been answered for.
  client.on("error", () => {});
  try {
    await client.connect();
    const result = await client.query<{ migration_name: string }>(
      `SELECT "migration_name" FROM "_prisma_migrations"
        WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    return new Set(result.rows.map((row) => row.migration_name));
  } finally {
    void client.end().catch(() => {});
  }
}

/** `connectionString` is the app's database unless a test names another. */
export async function checkReadiness(connectionString = env.DATABASE_URL): Promise<Readiness> {
  if (!connectionString) return { ready: false, reason: "databaseUnreachable" };
  let applied: Set<string>;
  try {
    applied = await withinLimit(appliedMigrations(connectionString), READINESS_TIMEOUT_MS);
  } catch {
    return { ready: false, reason: "databaseUnreachable" };
  }
  const shipped = await listMigrationNames(join(process.cwd(), "prisma", "migrations"));
  const pending = shipped.filter((name) => !applied.has(name)).length;
  return pending === 0 ? { ready: true } : { ready: false, reason: "migrationsPending", pending };
}
