import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageStatus, PledgeStatus } from "@/lib/generated/prisma/enums";

/** The parts of a pledge that staff change. */
export interface PledgeModerationState {
  status: PledgeStatus;
  messageStatus: MessageStatus;
}

/**
 * What a moderation function did, for the caller's audit trail. `changed` is false when the pledge
 * was already in the requested state (the call is then a no-op) or does not exist (`before` null).
 */
export interface PledgeModerationChange {
  pledgeId: string;
  changed: boolean;
  before: PledgeModerationState | null;
  after: PledgeModerationState | null;
}

export interface PledgeModerationOptions {
  /**
   * Runs inside the same transaction, only when something changed, so an audit entry is written
   * if and only if the change commits (throwing from it rolls the change back).
   */
  audit?: (change: PledgeModerationChange, tx: Prisma.TransactionClient) => Promise<void>;
}
