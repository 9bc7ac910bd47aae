// A separate process that starts the embedded PostgreSQL on a data folder, for the tests of a
// second instance and of a parent that is killed. Usage: start-embedded-cli.ts <dataDir> <port>
import { EmbeddedDatabaseError, startEmbeddedPostgres } from "@/lib/database/embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
try {
  const server = await startEmbeddedPostgres({
    dataDir: dataDir ?? ".data/cli",
    port: Number(port),
    database: "postgres",
    purpose: "start-embedded-cli",
  });
  console.log(`ready ${server.url}`);
  // Stay up until killed.
  setInterval(() => {}, 60_000);
} catch (error) {
  console.error(error instanceof EmbeddedDatabaseError ? error.message : String(error));
  process.exit(3);
}
