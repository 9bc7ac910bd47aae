import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit-entry";
// Staff send a FAILED email again (the outbox screen): it goes back to QUEUED with a new delivery
// job, in the transaction that records who asked (lib/audit). Only a FAILED one: a QUEUED or
// SENDING email is already on its way, and a SENT one is not sent twice.
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db";
import { addJob, DELIVER_EMAIL, prismaSql } from "@/lib/jobs/job-queue";

export async function retryEmail(
  id: string,
  actor: AuditActor,
  ipHash: string,
): Promise<{ retried: boolean }> {
  return db.$transaction(async (tx) => {
    const changed = await tx.emailOutbox.updateMany({
      where: { id, status: "FAILED" },
      data: { status: "QUEUED", claimedUntil: null },
    });
    if (changed.count === 0) return { retried: false };
    await addJob(prismaSql(tx), DELIVER_EMAIL, { outboxId: id });
    await recordAuditEntry(
      {
        actor,
        action: "email.retried",
        subjectType: "email",
        subjectId: id,
        before: { status: "FAILED" },
        after: { status: "QUEUED" },
        ipHash,
      },
      tx,
    );
    return { retried: true };
  });
}
