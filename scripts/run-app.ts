// `npm run dev` and `npm start`: prepares what the app needs, then runs Next.js (through
// scripts/serve-next.mjs).
// - With DATABASE_URL set, uses that server; otherwise starts the embedded PostgreSQL (data in .data/).
// - Applies pending migrations (offline, docs/decisions/002-offline-migrations.md).
// - Runs the queue worker beside the web server (emails, hourly chores); in development without
//   SMTP_URL, a local mail catcher it sends to.
// - Stops everything it started when Next.js exits or the terminal sends Ctrl+C.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import nextEnv from "@next/env";
import { QUEUE_WORKER_ARGS, queueWorkerEnv } from "./queue-worker-command.mjs";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/run-app.ts dev|start [next options]");
  process.exit(2);
}
const nextArgs = process.argv.slice(3);

// Read .env files the way Next.js does, before lib/env.ts validates the environment.
nextEnv.loadEnvConfig(process.cwd(), mode === "dev");
const { env } = await import("@/lib/env").catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
// The operator's own wording (MESSAGES_OVERRIDE_DIR): a bad string stops here, naming the file and
// the key, not as a 500 on the page that shows it.
if (env.MESSAGES_OVERRIDE_DIR !== undefined) {
  const { readMessageOverrides } = await import("@/i18n/message-overrides");
  try {
    readMessageOverrides(env.MESSAGES_OVERRIDE_DIR);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
const { openAppDatabase } = await import("@/lib/database/app-database");
const { EmbeddedDatabaseError } = await import("@/lib/database/embedded-postgres");
const { applyMigrations } = await import("@/lib/database/migrations");
const { localSecrets } = await import("@/lib/database/local-secrets");

/** Secrets generated once into DATA_DIR when the environment does not set them. */
const GENERATED_SECRETS = ["IP_HASH_SALT", "AUTH_SECRET", "FORM_TOKEN_SECRET"] as const;

if (mode === "start" && !existsSync(join(process.cwd(), ".next", "BUILD_ID"))) {
  console.error("No production build found. Run `npm run build` first, then `npm start`.");
  process.exit(1);
}

// What the server gets: this environment, with what this script decides below. No Next.js usage data.
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const { appPort, startStripeForApp } = await import("./stripe-emulator-for-app");
if (mode === "dev") {
  // Links (Stripe's return pages, the pledge share link) point at the port this server listens on.
  childEnv.SITE_URL ||= `http://localhost:${appPort(nextArgs, env.PORT)}`;
} else {
  // The prerendered pages carry the build's SITE_URL and operator: refuse other values beside them.
  const { planProductionStart, readBuildRecord } = await import("@/lib/build-record");
  const explicit = new Set(Object.keys(process.env).filter((name) => process.env[name]));
  const plan = planProductionStart(readBuildRecord(join(process.cwd(), ".next")), env, explicit);
  if (!plan.ok) {
    console.error(plan.message);
    process.exit(1);
  }
  Object.assign(childEnv, plan.env);
}
console.log(`▸ Site: ${childEnv.SITE_URL ?? env.SITE_URL}`);

/** A setting this start cannot honour: said in one sentence, without a stack trace. */
class StartRefused extends Error {}

/** What waits for email, said by `npm start` when SMTP_URL is unset. */
const EMAIL_FEATURES =
  "pledge confirmations (pledges are counted at once, without confirmation, while email is off) and the thank-you emails";

/** The dev inbox on port 1080 when it is free (the usual mail-catcher port), else on any port. */
async function startDevMailCatcher() {
  const { startMailCatcher } = await import("../tools/mail-catcher/index");
  try {
    return await startMailCatcher({ httpPort: 1080 });
  } catch {
    return await startMailCatcher({ httpPort: 0 });
  }
}

/**
 * Runs the queue worker beside the web server, restarting it a second after it stops unexpectedly
 * (what it was doing is taken up again by the queue: docs/decisions/030-job-queue.md).
 */
function startQueueWorker(workerEnv: NodeJS.ProcessEnv) {
  let current: ChildProcess | undefined;
  let stopping = false;
  let failures = 0;
  const run = () => {
    const child = spawn(process.execPath, QUEUE_WORKER_ARGS, {
      stdio: "inherit",
      env: queueWorkerEnv(workerEnv),
    });
    current = child;
    const started = Date.now();
    child.on("exit", (code, signal) => {
      if (stopping) return;
      // One that keeps failing at start is retried less and less often (up to every 30 s).
      failures = Date.now() - started < 10_000 ? failures + 1 : 0;
      const delay = Math.min(30_000, 1000 * 2 ** failures);
      console.error(
        `▸ The queue worker stopped (${signal ?? code}); starting it again in ${delay / 1000} s.`,
      );
      setTimeout(run, delay).unref();
    });
  };
  run();
  return {
    async stop() {
      stopping = true;
      const child = current;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}

const cleanups: Array<() => Promise<void>> = [];
async function cleanUp() {
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error: unknown) => console.error(error));
  }
}

try {
  const started = Date.now();
  const database = await openAppDatabase(`npm run ${mode}`);
  cleanups.push(database.stop);
  if (database.embedded) {
    console.log(
      `▸ Database: embedded PostgreSQL, data in ${database.location} (kept across restarts; delete the folder to start afresh).`,
    );
    console.log(
      "  To use your own PostgreSQL server instead, set DATABASE_URL (see .env.example).",
    );
  } else {
    console.log(`▸ Database: ${database.location}`);
  }
  const applied = await applyMigrations(database.url);
  console.log(
    applied.length === 0
      ? `▸ Migrations: up to date (${Date.now() - started} ms).`
      : `▸ Migrations: applied ${applied.join(", ")} (${Date.now() - started} ms).`,
  );

  if (mode === "dev" && database.embedded) {
    // A newcomer's first run: an admin they can sign in with (lib/admin/create-local-admin.ts).
    const { createLocalAdminIfNone } = await import("@/lib/admin/create-local-admin");
    const admin = await createLocalAdminIfNone(database.url);
    if (admin) {
      console.log(
        `▸ Staff sign-in created (shown once): ${admin.email} / ${admin.password}  at /admin/sign-in`,
      );
    }
  }

  const secrets = await localSecrets(env.DATA_DIR, GENERATED_SECRETS);
  childEnv.DATABASE_URL = database.url;
  for (const name of GENERATED_SECRETS) childEnv[name] ||= secrets[name];

  // serve-next.mjs reads no environment: it is told the port and the log level.
  const withPort = (args: readonly string[], fallback: number) =>
    args.some((arg) => arg === "--port" || arg === "-p" || arg.startsWith("--port="))
      ? [...args]
      : [...args, "--port", String(appPort(args, fallback))];
  // Donations: the offline Stripe emulator when there are no keys (scripts/stripe-emulator-for-app.ts).
  const appStripe = await startStripeForApp(mode, env, nextArgs);
  if (appStripe) {
    cleanups.push(appStripe.stop);
    Object.assign(childEnv, appStripe.env);
  }

  // Email (lib/email): the operator's mail server, or in development a local mail catcher.
  if (!env.SMTP_URL) {
    if (mode === "dev") {
      const catcher = await startDevMailCatcher();
      cleanups.push(catcher.close);
      childEnv.SMTP_URL = catcher.smtpUrl;
      childEnv.EMAIL_FROM ||= "blueheart@mail-catcher.localhost";
      console.log(
        `▸ Email: local mail catcher, every email the app sends is in its inbox at ${catcher.inboxUrl} (none leaves this machine). Set SMTP_URL to send real email.`,
      );
    } else if (env.PLEDGE_CONFIRMATION === "required") {
      throw new StartRefused(
        "PLEDGE_CONFIRMATION=required needs email: set SMTP_URL and EMAIL_FROM, or PLEDGE_CONFIRMATION=off.",
      );
    } else {
      console.log(
        `▸ Email: OFF, SMTP_URL is not set. Until it is, no email is sent: ${EMAIL_FEATURES}. Set SMTP_URL and EMAIL_FROM (README, "Email").`,
      );
    }
  } else {
    console.log(`▸ Email: through ${new URL(env.SMTP_URL).host}.`);
  }
  const confirmation = childEnv.PLEDGE_CONFIRMATION ?? (childEnv.SMTP_URL ? "required" : "off");
  console.log(
    confirmation === "required"
      ? "▸ Pledges: counted once confirmed by email (PLEDGE_CONFIRMATION=required)."
      : "▸ Pledges: counted at once, without email confirmation (PLEDGE_CONFIRMATION=off).",
  );

  // The queue worker: the emails and the hourly chores (scripts/queue-worker.ts).
  const worker = startQueueWorker(childEnv);
  cleanups.push(worker.stop);

  // Our own HTTP server around Next.js (scripts/serve-next.mjs): it hands the app the socket
  // address, which `next dev` / `next start` would not.
  const child = spawn(
    process.execPath,
    [
      join("scripts", "serve-next.mjs"),
      mode,
      ...withPort(nextArgs, env.PORT),
      "--log-level",
      env.LOG_LEVEL,
      // Every core by default; the workers share the port (docs/decisions/020-every-core.md).
      "--workers",
      String(mode === "start" ? (env.WEB_CONCURRENCY ?? availableParallelism()) : 1),
    ],
    { stdio: "inherit", env: childEnv },
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code, signal) => {
    await cleanUp();
    process.exit(code ?? (signal ? 0 : 1));
  });
} catch (error) {
  await cleanUp();
  if (error instanceof EmbeddedDatabaseError || error instanceof StartRefused) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
