import { runBilling } from "../billing/subscriptions";
import { expireDueSessions } from "../checkout-sessions/checkout-sessions";
import { invalidRequest } from "../errors";
import { settleAllProcessing } from "../payments/bank-debits";
import { releaseAllAwaited } from "../payments/late-balance-transactions";
import type { EmulatorCore } from "./emulator-core";

/**
 * Moves the emulator clock forward. Due bank debits settle, late balance transactions are made,
 * open sessions past `expires_at` expire, subscriptions whose period ended get a draft invoice,
 * and drafts whose finalization time has come are finalized and charged (a renewal's own late
 * balance transaction then waits for its timer or the next move).
 */
export function advanceClock(core: EmulatorCore, seconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw invalidRequest(
      "The clock can only move forward: pass a positive number of seconds or days.",
    );
  }
  return core.flow(() => {
    core.state.clockOffsetSeconds += Math.round(seconds);
    settleAllProcessing(core);
    releaseAllAwaited(core);
    expireDueSessions(core);
    runBilling(core);
    return core.now();
  });
}
