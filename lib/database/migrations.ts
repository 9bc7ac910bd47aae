import "server-only";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { prepareJobQueue } from "@/lib/jobs/prepare-job-queue";
import { listMigrationNames } from "./migration-names";
import { noFilters, withSchemaEngine } from "./schema-engine";

export const prismaDir = resolve(process.cwd(), "prisma");
export const migrationsDir = join(prismaDir, "migrations");
export const schemaPath = join(prismaDir, "schema.prisma");
/** Each migration folder keeps the schema as it left it, so the next diff has a starting point. */
export const snapshotFileName = "schema.prisma";

export async function readMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const names = await listMigrationNames(dir);
  const lockPath = join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: await readFile(join(dir, name, "migration.sql"), "utf8"),
          },
        },
      })),
    ),
  };
}

/** Applies the migrations that the database has not seen; returns their names (none: up to date). */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrationList();
  const applied = await withSchemaEngine(connectionString, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  });
  // The job queue's own schema, which pg-boss versions itself (docs/decisions/030-job-queue.md).
  await prepareJobQueue(connectionString);
  return applied;
}

/**
 * The SQL that turns a database built from `from` (a schema text, or nothing) into one built from
 * `to`. Needs a connection only because the engine is created with an adapter; it reads no data.
 */
export async function diffSchemas(
  connectionString: string,
  from: string | undefined,
  to: string,
): Promise<string> {
  return withSchemaEngine(connectionString, async (engine) => {
    const result = await engine.diff({
      from:
        from === undefined
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}

/** The schema text as the newest migration left it, or undefined before the first migration. */
export async function readLatestSnapshot(): Promise<string | undefined> {
  const list = await readMigrationList();
  const latest = list.migrationDirectories.at(-1);
  if (!latest) return undefined;
  const path = join(migrationsDir, latest.path, snapshotFileName);
  if (!existsSync(path)) {
    throw new Error(
      `The newest migration ${latest.path} has no ${snapshotFileName} snapshot beside its migration.sql; copy the schema it was written from there.`,
    );
  }
  return readFile(path, "utf8");
}
