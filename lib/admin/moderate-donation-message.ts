import "server-only";
// Approve or reject a donor's public message. Like the pledges' own, it changes nothing when another moderator decided
// first, and writes its audit entry in the same transaction as the change.
import { type AuditActor, recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db";
import type { MessageStatus } from "@/lib/generated/prisma/enums";

export async function moderateDonationMessage(
  id: string,
  decision: "approve" | "reject",
  actor: AuditActor,
  ipHash: string | null = null,
): Promise<{ changed: boolean }> {
  const to: MessageStatus = decision === "approve" ? "APPROVED" : "REJECTED";
  return db.$transaction(async (tx) => {
    const current = await tx.donation.findUnique({
      where: { id },
      select: { messageStatus: true },
    });
    if (!current || current.messageStatus === "NONE" || current.messageStatus === to) {
      return { changed: false };
    }
    const { count } = await tx.donation.updateMany({
      where: { id, messageStatus: current.messageStatus },
      data: { messageStatus: to },
    });
    if (count === 0) return { changed: false };
    await recordAuditEntry(
      {
        actor,
        action: decision === "approve" ? "donation.message_approved" : "donation.message_rejected",
        subjectType: "donation",
        subjectId: id,
        before: { messageStatus: current.messageStatus },
        after: { messageStatus: to },
        ipHash,
      },
      tx,
    );
    return { changed: true };
  });
}
