// prisma/migrations and prisma/schema.prisma must describe the same database. The engine here cannot
// introspect a live database, so the check builds both and compares their catalogs: this file's
// database comes from the migrations; a second one from the SQL the engine writes for the schema.
// What only hand-written SQL can add (CHECK constraints, triggers) is left out of the comparison.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, databaseUrl, dropDatabase } from "@/lib/database/admin";
import { diffSchemas, schemaPath } from "@/lib/database/migrations";
import { env } from "@/lib/env";

async function catalog(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const columns = await client.query(`
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
             character_maximum_length, numeric_precision, datetime_precision
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`);
    const indexes = await client.query(`
      SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      ORDER BY tablename, indexname`);
    const constraints = await client.query(`
      SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
        -- CHECK constraints cannot be written in schema.prisma; migrations add them by hand.
        AND contype <> 'c'
      ORDER BY 1, 2`);
    const enums = await client.query(`
      SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = 'public'::regnamespace
      GROUP BY t.typname ORDER BY t.typname`);
    return {
      columns: columns.rows,
      indexes: indexes.rows,
      constraints: constraints.rows,
      enums: enums.rows,
    };
  } finally {
    await client.end();
  }
}

const migrated = env.DATABASE_URL ?? "";
const serverUrl = databaseUrl(migrated, "postgres");
const fromSchemaName = `bh_test_schema_${randomBytes(5).toString("hex")}`;

afterAll(async () => {
  await dropDatabase(serverUrl, fromSchemaName);
});

describe("prisma/schema.prisma and prisma/migrations", () => {
  it("build the same tables, columns, indexes, constraints and enums", async () => {
    await createDatabase(serverUrl, fromSchemaName);
    const fromSchemaUrl = databaseUrl(serverUrl, fromSchemaName);
    const sql = await diffSchemas(fromSchemaUrl, undefined, await readFile(schemaPath, "utf8"));
    const client = new pg.Client({ connectionString: fromSchemaUrl });
    await client.connect();
    await client.query(sql);
    await client.end();

    const [fromMigrations, fromSchema] = await Promise.all([
      catalog(migrated),
      catalog(fromSchemaUrl),
    ]);
    expect(fromMigrations.columns.length).toBeGreaterThan(0);
    // If this fails: run `npm run db:migration -- <name>` to write the missing migration.
    expect(fromMigrations).toEqual(fromSchema);
  });
});
