// Test databases: one template migrated once per set of migrations, then a fresh copy for each
// test file (and for the browser tests' server), so suites run in parallel without seeing each
// other's rows. The server is TEST_DATABASE_URL when set (CI), otherwise an embedded PostgreSQL
// with its own data folder beside the app's.
import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { createDatabase, databaseUrl, dropDatabase, listDatabases } from "@/lib/database/admin";
import { type EmbeddedServer, startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations, migrationsDir } from "@/lib/database/migrations";
import { env } from "@/lib/env";
import { jobQueues } from "@/lib/jobs/job-queue";
import { testEnv } from "./test-env";
import { EMBEDDED_TEST_PORT } from "./test-server-url";

/** Every per-file and per-run database is named with this prefix (see database-per-file.ts). */
export const TEST_DB_PREFIX = "bh_test_";
const TEMPLATE_PREFIX = "bh_template_";

export interface TestServer {
  serverUrl: string;
  stop(): Promise<void>;
}

/** TEST_DATABASE_URL's server, or the embedded test server (started, or reused if running). */
export async function openTestServer(): Promise<TestServer> {
  const configured = testEnv().TEST_DATABASE_URL;
  if (configured) {
    return { serverUrl: databaseUrl(configured, "postgres"), stop: async () => {} };
  }
  const server: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: join(env.DATA_DIR, "test"),
    port: EMBEDDED_TEST_PORT,
    database: "postgres",
    purpose: "npm test",
    reuseRunning: true,
  });
  return { serverUrl: server.serverUrl, stop: server.stop };
}

async function migrationsHash(): Promise<string> {
  const hash = createHash("sha256");
  const names = (await readdir(migrationsDir)).sort();
  for (const name of names) {
    hash.update(name);
    try {
      hash.update(await readFile(join(migrationsDir, name, "migration.sql")));
    } catch {
      // not a migration folder (migration_lock.toml)
    }
  }
  // The job queue's schema and queues come with the migrations (lib/jobs/prepare-job-queue.ts).
  const { default: pgBoss } = await import("pg-boss/package.json", { with: { type: "json" } });
  hash.update(`${pgBoss.version}${JSON.stringify(jobQueues())}`);
  return hash.digest("hex").slice(0, 16);
}

/** Creates the migrated template for the current migrations once; safe to call concurrently. */
export async function ensureTemplate(serverUrl: string): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${await migrationsHash()}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(724001)");
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_building`;
      await dropDatabase(serverUrl, building);
      await createDatabase(serverUrl, building);
      await applyMigrations(databaseUrl(serverUrl, building));
      await client.query(
        `ALTER DATABASE ${client.escapeIdentifier(building)} RENAME TO ${client.escapeIdentifier(name)}`,
      );
      // Older templates belong to older migrations.
      for (const old of await listDatabases(serverUrl, TEMPLATE_PREFIX)) {
        if (old !== name) await dropDatabase(serverUrl, old);
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(724001)").catch(() => {});
    await client.end();
  }
  return name;
}

/** A fresh, migrated database copied from the template; returns its name and URL. */
export async function createTestDatabase(
  serverUrl: string,
  template: string,
  label = "db",
): Promise<{ name: string; url: string }> {
  const name = `${TEST_DB_PREFIX}${label}_${randomBytes(5).toString("hex")}`;
  await createDatabase(serverUrl, name, template);
  return { name, url: databaseUrl(serverUrl, name) };
}

/** Drops test databases left by earlier runs that were interrupted. */
export async function dropLeftoverTestDatabases(serverUrl: string): Promise<void> {
  for (const name of await listDatabases(serverUrl, TEST_DB_PREFIX)) {
    await dropDatabase(serverUrl, name);
  }
}
