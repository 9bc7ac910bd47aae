import "server-only";
// The job queue: pg-boss on the app's own PostgreSQL (docs/decisions/030-job-queue.md). Writers add
// a job inside their own transaction (`addJob`), so a job exists exactly when what caused it was
// committed; the queue worker (scripts/queue-worker.ts) takes the jobs and runs the schedule.
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

export const JOB_SCHEMA = "pgboss";

/** An email to hand to the SMTP server; the data is the outbox row's id (lib/email). */
export const DELIVER_EMAIL = "deliver-email";
/** Hourly: forget hashed IP addresses and other personal data past their time. */
export const PURGE_EXPIRED_DATA = "purge-expired-data";
/** Hourly: end checkouts that Stripe expired without telling us. */
export const SWEEP_STALE_CHECKOUTS = "sweep-stale-checkouts";

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Delivery attempts: one attempt may talk to the mail server for EMAIL_SEND_TIMEOUT_MS; an attempt
 * still active after twice that is taken as dead (its worker crashed) and retried. Retries wait
 * EMAIL_SEND_TIMEOUT_MS, then twice, four times as long... (ten retries: about 8.5 hours at the
 * default), so a mail server that is down for an afternoon loses nothing.
 */
export function emailJobPolicy(timeoutMs = env.EMAIL_SEND_TIMEOUT_MS) {
  return {
    expireInSeconds: seconds(2 * timeoutMs),
    retryLimit: 10,
    retryDelay: seconds(timeoutMs),
    retryBackoff: true,
  };
}

/** Every queue, with its policy; `prepareJobQueue` creates them with the schema. */
export function jobQueues(): Array<{ name: string; options: PgBoss.Queue }> {
  const chore = { name: "", expireInSeconds: 15 * 60, retryLimit: 2, retryDelay: 60 };
  return [
    { name: DELIVER_EMAIL, options: { name: DELIVER_EMAIL, ...emailJobPolicy() } },
    { name: PURGE_EXPIRED_DATA, options: { ...chore, name: PURGE_EXPIRED_DATA } },
    { name: SWEEP_STALE_CHECKOUTS, options: { ...chore, name: SWEEP_STALE_CHECKOUTS } },
  ];
}

/** What runs the job's statement: a pg client in a transaction, or `prismaSql(tx)`. */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A Prisma interactive transaction as a SqlClient, so a job can join a Prisma change. */
export function prismaSql(tx: {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}): SqlClient {
  return {
    query: async (text, values = []) => ({
      // pg turns objects into JSON itself; Prisma is handed the JSON text.
      rows: await tx.$queryRawUnsafe<unknown[]>(
        text,
        ...values.map((value) =>
          value !== null && typeof value === "object" && !(value instanceof Date)
            ? JSON.stringify(value)
            : value,
        ),
      ),
    }),
  };
}

/** A pg-boss that only writes jobs, through whatever connection each call passes it. */
const writer = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => {
      throw new Error("addJob needs the transaction's client");
    },
  },
});

/**
 * Adds a job through `client`, inside the caller's transaction: if the transaction rolls back, so
 * does the job. Throws when the queue does not exist (the migrations create it).
 */
export async function addJob(
  client: SqlClient,
  name: string,
  data: Record<string, unknown>,
): Promise<string> {
  const db = {
    executeSql: async (text: string, values?: unknown[]) => {
      const result = await client.query(text, values);
      return { rows: result.rows };
    },
  };
  const id = await writer.send(name, data, { db } as PgBoss.SendOptions);
  if (id === null) throw new Error(`The job queue ${name} does not exist: run the migrations.`);
  return id;
}
