// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { openAppDatabase } from "@/lib/database/app-database";
import { EmbeddedDatabaseError } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";

try {
  const database = await openAppDatabase("npm run db:migrate", true);
  try {
    const applied = await applyMigrations(database.url);
    console.log(
      applied.length === 0
        ? `Database ${database.location} is up to date.`
        : `Applied ${applied.length} migration(s) to ${database.location}: ${applied.join(", ")}`,
    );
  } finally {
    await database.stop();
  }
} catch (error) {
  console.error(error instanceof EmbeddedDatabaseError ? error.message : error);
  process.exit(1);
}
