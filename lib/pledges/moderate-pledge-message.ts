import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { MessageStatus } from "@/lib/generated/prisma/enums";
import type { PledgeModerationChange, PledgeModerationOptions } from "./pledge-moderation-change";

const pledgeId = z.uuid();

async function setMessageStatus(
  id: string,
  to: MessageStatus,
  options: PledgeModerationOptions,
): Promise<PledgeModerationChange> {
  if (!pledgeId.safeParse(id).success) {
    return { pledgeId: id, changed: false, before: null, after: null };
  }
  return db.$transaction(async (tx) => {
    const current = await tx.pledge.findUnique({
      where: { id },
      select: { status: true, messageStatus: true },
    });
    if (current === null) return { pledgeId: id, changed: false, before: null, after: null };
    // A pledge without a message has nothing to approve or reject.
    if (current.messageStatus === MessageStatus.NONE || current.messageStatus === to) {
      return { pledgeId: id, changed: false, before: current, after: current };
    }
    // Conditional on the status just read: if another moderator changed it meanwhile, this one
    // changes nothing rather than overwriting a decision it did not see.
    const { count } = await tx.pledge.updateMany({
      where: { id, messageStatus: current.messageStatus },
      data: { messageStatus: to },
    });
    if (count === 0) return { pledgeId: id, changed: false, before: current, after: current };
    const change: PledgeModerationChange = {
      pledgeId: id,
      changed: true,
      before: current,
      after: { ...current, messageStatus: to },
    };
    if (options.audit) await options.audit(change, tx);
    return change;
  });
}

/** Shows the pledge's message on the wall (messages are pre-moderated); idempotent. */
export function approvePledgeMessage(
  id: string,
  options: PledgeModerationOptions = {},
): Promise<PledgeModerationChange> {
  return setMessageStatus(id, MessageStatus.APPROVED, options);
}

/** Keeps the pledge's message off the wall (name and country still show if opted in); idempotent. */
export function rejectPledgeMessage(
  id: string,
  options: PledgeModerationOptions = {},
): Promise<PledgeModerationChange> {
  return setMessageStatus(id, MessageStatus.REJECTED, options);
}
