import "server-only";
// Writes a message into the outbox and its delivery job, through the caller's transaction: the
// email exists exactly when what caused it was committed, and nothing waits for the mail server.
import type pg from "pg";
import { addJob, DELIVER_EMAIL } from "@/lib/jobs/job-queue";
import { newPledgeId } from "@/lib/pledges/new-pledge-id";
import type { EmailData, EmailKind } from "./email-kinds";

export interface QueuedEmail<K extends EmailKind = EmailKind> {
  kind: K;
  recipient: string;
  locale: string;
  data: EmailData[K];
  /** The pledge it is about: erasing the pledge erases the message. */
  pledgeId?: string;
}

/** Queues `email` inside the transaction `client` is in; returns the outbox row's id. */
export async function queueEmail(client: pg.ClientBase, email: QueuedEmail): Promise<string> {
  // A UUID v7, as the pledges' ids: "newest first" on the outbox screen is "id descending".
  const id = newPledgeId();
  await client.query(
    `INSERT INTO "EmailOutbox" ("id", "kind", "recipient", "locale", "data", "pledgeId")
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, email.kind, email.recipient, email.locale, email.data, email.pledgeId ?? null],
  );
  await addJob(client, DELIVER_EMAIL, { outboxId: id });
  return id;
}
