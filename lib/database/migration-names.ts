import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** The migration folders in `dir` (those with a migration.sql), in the order they apply. */
export async function listMigrationNames(dir: string): Promise<string[]> {
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
