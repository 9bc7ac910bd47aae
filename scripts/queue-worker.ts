// The queue worker: one per app instance, started by scripts/run-app.ts beside the web server
// (docs/decisions/030-job-queue.md). It delivers the outbox's emails and runs the hourly chores on
// the queue's schedule, which pg-boss keeps in the database: however many instances run, each
// scheduled run happens once. It runs without the `react-server` condition, so that
// react-dom/server can render emails; scripts/queue-worker-hooks.mjs lets it load the app's
// server modules.
import PgBoss from "pg-boss";
import { deliverEmail } from "@/lib/email/deliver-email";
import { smtpTransport } from "@/lib/email/smtp-transport";
import { env } from "@/lib/env";
import {
  DELIVER_EMAIL,
  emailJobPolicy,
  JOB_SCHEMA,
  jobQueues,
  PURGE_EXPIRED_DATA,
  SWEEP_STALE_CHECKOUTS,
} from "@/lib/jobs/job-queue";
import { runChore } from "@/lib/jobs/run-chore";
import { log } from "@/lib/log";

if (!env.DATABASE_URL) {
  console.error(
    "queue worker: DATABASE_URL is not set (start it through npm run dev or npm start).",
  );
  process.exit(2);
}

const policy = emailJobPolicy();
const boss = new PgBoss({
  connectionString: env.DATABASE_URL,
  schema: JOB_SCHEMA,
  max: 4,
  // The migrations prepared the schema (lib/jobs/prepare-job-queue.ts).
  migrate: false,
  // How often dead attempts are looked for: no less often than they expire.
  maintenanceIntervalSeconds: Math.min(120, policy.expireInSeconds),
});
boss.on("error", (error) => log.error({ err: error }, "queue worker: job queue error"));
await boss.start();
// This instance's settings (EMAIL_SEND_TIMEOUT_MS) become the queues' policies, which new jobs take.
for (const { name, options } of jobQueues()) await boss.updateQueue(name, options);

// The hourly chores, at minutes of their own (decision 020's consequences).
await boss.schedule(PURGE_EXPIRED_DATA, "17 * * * *");
await boss.schedule(SWEEP_STALE_CHECKOUTS, "47 * * * *");
await boss.work(PURGE_EXPIRED_DATA, () => runChore(PURGE_EXPIRED_DATA));
await boss.work(SWEEP_STALE_CHECKOUTS, () => runChore(SWEEP_STALE_CHECKOUTS));

const transport = smtpTransport();
if (transport) {
  await boss.work<{ outboxId: string }>(
    DELIVER_EMAIL,
    { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (!job) return;
      const outcome = await deliverEmail({
        outboxId: job.data.outboxId,
        transport,
        lastTry: job.retryCount >= job.retryLimit,
      });
      log.info({ outbox: job.data.outboxId, outcome }, "queue worker: email delivery");
    },
  );
}
log.info({ email: transport !== undefined }, "queue worker: started");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Lets a delivery under way finish (it is bounded by EMAIL_SEND_TIMEOUT_MS).
  await boss.stop({ graceful: true, wait: true, timeout: env.EMAIL_SEND_TIMEOUT_MS + 1000 });
  transport?.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
