import "server-only";
// A supporter's erasure request, carried out by an ADMIN: the pledge goes through the pledges
// feature's erasePledge (the counters follow in the same transaction) and the audit trail records
// that it happened, by whom and when, with statuses only: nothing that identifies the supporter.
import { type AuditActor, recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { erasePledge } from "@/lib/pledges/erase-pledge";

export async function erasePledgeOnRequest(
  id: string,
  actor: AuditActor,
  ipHash: string | null = null,
): Promise<{ erased: boolean }> {
  const change = await erasePledge(id, {
    audit: async (done, tx) => {
      await recordAuditEntry(
        {
          actor,
          action: "pledge.erased",
          subjectType: "pledge",
          subjectId: done.pledgeId,
          before: done.before ? { ...done.before } : undefined,
          ipHash,
        },
        tx,
      );
    },
  });
  return { erased: change.changed };
}
