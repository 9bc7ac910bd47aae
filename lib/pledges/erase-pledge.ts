import "server-only";
// Erasure on request: the privacy notice lets a supporter ask for their pledge to be deleted. The
// row goes (name, email, message, consent), and a pledge that counted leaves the counters in the
// same transaction, so the public number stays equal to the counting rule applied to the rows.
import { z } from "zod";
import { db } from "@/lib/db";
import { type MessageStatus, PledgeStatus } from "@/lib/generated/prisma/enums";
import { adjustPledgeCounters } from "@/lib/stats/adjust-pledge-counters";
import { announceStatsChanged } from "@/lib/stats/announce-stats-changed";
import type { PledgeModerationChange, PledgeModerationOptions } from "./pledge-moderation-change";

const pledgeId = z.uuid();

/**
 * Deletes a pledge; `changed` is false when there was none to delete (already erased, or never
 * existed). Of two concurrent erasures the second finds nothing, so the counter moves once; an
 * erasure racing a spam decision waits for it and then subtracts only if the pledge still counted.
 * The change reported to `audit` holds statuses only, nothing that identifies the supporter.
 */
export async function erasePledge(
  id: string,
  options: PledgeModerationOptions = {},
): Promise<PledgeModerationChange> {
  if (!pledgeId.safeParse(id).success) {
    return { pledgeId: id, changed: false, before: null, after: null };
  }
  const outcome = await db.$transaction(async (tx): Promise<PledgeModerationChange> => {
    const deleted = await tx.$queryRaw<
      Array<{ country: string; status: PledgeStatus; messageStatus: MessageStatus }>
    >`DELETE FROM "Pledge" WHERE "id" = ${id}::uuid
      RETURNING "country", "status"::text AS "status", "messageStatus"::text AS "messageStatus"`;
    const row = deleted[0];
    if (row === undefined) return { pledgeId: id, changed: false, before: null, after: null };
    if (row.status === PledgeStatus.ACTIVE) await adjustPledgeCounters(tx, row.country, -1);
    const change: PledgeModerationChange = {
      pledgeId: id,
      changed: true,
      before: { status: row.status, messageStatus: row.messageStatus },
      after: null,
    };
    if (options.audit) await options.audit(change, tx);
    return change;
  });
  // A pledge that counted left the count: tell the open pages (docs/decisions/028-live-counter.md).
  if (outcome.before?.status === PledgeStatus.ACTIVE) announceStatsChanged();
  return outcome;
}
