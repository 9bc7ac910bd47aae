import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { PledgeStatus } from "@/lib/generated/prisma/enums";
import { adjustPledgeCounters } from "@/lib/stats/adjust-pledge-counters";
import { announceStatsChanged } from "@/lib/stats/announce-stats-changed";
import type { PledgeModerationChange, PledgeModerationOptions } from "./pledge-moderation-change";

const pledgeId = z.uuid();

async function changePledgeStatus(
  id: string,
  from: PledgeStatus,
  to: PledgeStatus,
  options: PledgeModerationOptions,
): Promise<PledgeModerationChange> {
  if (!pledgeId.safeParse(id).success) {
    return { pledgeId: id, changed: false, before: null, after: null };
  }
  const outcome = await db.$transaction(async (tx): Promise<PledgeModerationChange> => {
    // The conditional update is the guard: of two concurrent calls, the second re-checks the
    // status after the first commits and updates nothing, so the counter moves once.
    const updated = await tx.pledge.updateManyAndReturn({
      where: { id, status: from },
      data: { status: to },
      select: { country: true, messageStatus: true },
    });
    const row = updated[0];
    if (row === undefined) {
      const current = await tx.pledge.findUnique({
        where: { id },
        select: { status: true, messageStatus: true },
      });
      return { pledgeId: id, changed: false, before: current, after: current };
    }
    await adjustPledgeCounters(tx, row.country, to === PledgeStatus.ACTIVE ? 1 : -1);
    const change: PledgeModerationChange = {
      pledgeId: id,
      changed: true,
      before: { status: from, messageStatus: row.messageStatus },
      after: { status: to, messageStatus: row.messageStatus },
    };
    if (options.audit) await options.audit(change, tx);
    return change;
  });
  // The count moved by one, committed: tell the open pages (docs/decisions/028-live-counter.md).
  if (outcome.changed) announceStatsChanged();
  return outcome;
}

/** Takes a pledge out of the count (and off the wall); a no-op if it is already spam. */
export function markPledgeSpam(
  id: string,
  options: PledgeModerationOptions = {},
): Promise<PledgeModerationChange> {
  return changePledgeStatus(id, PledgeStatus.ACTIVE, PledgeStatus.SPAM, options);
}

/** Puts a pledge marked spam back into the count; a no-op if it already counts. */
export function markPledgeNotSpam(
  id: string,
  options: PledgeModerationOptions = {},
): Promise<PledgeModerationChange> {
  return changePledgeStatus(id, PledgeStatus.SPAM, PledgeStatus.ACTIVE, options);
}
