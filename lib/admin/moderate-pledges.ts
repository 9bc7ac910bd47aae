import "server-only";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { type AuditActor, recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { markPledgeNotSpam, markPledgeSpam } from "@/lib/pledges/change-pledge-status";
// Staff decisions on pledges, one or many at once, through the pledges feature's functions (which
// keep the public counter exact: spam moves it down by one, not spam up by one). Each change and
// its audit entry commit in the same transaction; a pledge already in the wanted state is skipped.
import { approvePledgeMessage, rejectPledgeMessage } from "@/lib/pledges/moderate-pledge-message";
import type {
  PledgeModerationChange,
  PledgeModerationOptions,
} from "@/lib/pledges/pledge-moderation-change";

export const PLEDGE_DECISIONS = ["approve", "reject", "spam", "not_spam"] as const;
export type PledgeDecision = (typeof PLEDGE_DECISIONS)[number];

const apply: Record<
  PledgeDecision,
  (id: string, options: PledgeModerationOptions) => Promise<PledgeModerationChange>
> = {
  approve: approvePledgeMessage,
  reject: rejectPledgeMessage,
  spam: markPledgeSpam,
  not_spam: markPledgeNotSpam,
};

const auditAction: Record<PledgeDecision, AuditAction> = {
  approve: "pledge.message_approved",
  reject: "pledge.message_rejected",
  spam: "pledge.marked_spam",
  not_spam: "pledge.marked_not_spam",
};

export async function moderatePledges(
  ids: readonly string[],
  decision: PledgeDecision,
  actor: AuditActor,
  ipHash: string | null = null,
): Promise<{ changed: number; unchanged: number }> {
  let changed = 0;
  // One at a time: each is its own short transaction, so a bulk action never holds many locks.
  for (const id of new Set(ids)) {
    const change = await apply[decision](id, {
      audit: async (done, tx) => {
        await recordAuditEntry(
          {
            actor,
            action: auditAction[decision],
            subjectType: "pledge",
            subjectId: done.pledgeId,
            before: done.before ? { ...done.before } : undefined,
            after: done.after ? { ...done.after } : undefined,
            ipHash,
          },
          tx,
        );
      },
    });
    if (change.changed) changed++;
  }
  return { changed, unchanged: new Set(ids).size - changed };
}
