// The server under browser test, started by playwright.config.ts: a fresh copy of the migrated
// test database (E2E_DATABASE_URL, chosen by the config), then `npm start`'s own start-up on it.
// The database is dropped again when Playwright stops the server.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { createDatabase, dropDatabase } from "@/lib/database/admin";
import { env } from "@/lib/env";
import { E2E_SERVER_LOG } from "@/tests/support/e2e-server-log";
import { ensureTemplate, openTestServer } from "@/tests/support/test-database";
import { testEnv } from "@/tests/support/test-env";

const e2eDatabaseUrl = testEnv().E2E_DATABASE_URL;
if (!e2eDatabaseUrl) {
  console.error(
    "E2E_DATABASE_URL is not set: start this through Playwright (npx playwright test).",
  );
  process.exit(2);
}
const databaseName = new URL(e2eDatabaseUrl).pathname.slice(1);
const server = await openTestServer();
const template = await ensureTemplate(server.serverUrl);
await dropDatabase(server.serverUrl, databaseName);
await createDatabase(server.serverUrl, databaseName, template);

const child = spawn(
  join(process.cwd(), "node_modules", ".bin", "tsx"),
  ["--conditions=react-server", "scripts/run-app.ts", "start", "--port", String(env.PORT)],
  {
    stdio: ["inherit", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: e2eDatabaseUrl,
      NODE_ENV: "production",
    },
  },
);

// Everything the server prints goes to Playwright, as before, and to a file the log test reads.
mkdirSync(dirname(E2E_SERVER_LOG), { recursive: true });
const logFile = createWriteStream(E2E_SERVER_LOG);
child.stdout?.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  logFile.write(chunk);
});
child.stderr?.on("data", (chunk: Buffer) => {
  process.stderr.write(chunk);
  logFile.write(chunk);
});

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
child.on("exit", async (code) => {
  logFile.end();
  await dropDatabase(server.serverUrl, databaseName).catch(() => {});
  await server.stop();
  process.exit(code ?? 0);
});
