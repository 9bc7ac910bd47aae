import { AUTOMATIC, type EmulatorCore } from "../core/emulator-core";
import { referenced, requireRecord } from "../core/render-context";
import { invalidRequest } from "../errors";
import type { ChargeRecord, PaymentIntentRecord } from "../state";
import { addChargeBalanceTransaction } from "./balance-transactions";
import { renderCharge } from "./render-payments";

/*
 * Balance transactions that come after the charge, as on live Stripe with asynchronous capture
 * (`capture_method: automatic_async`, what these payment intents report): "the balance_transaction
 * is null" on the charge of the API response, on `charge.succeeded` and on
 * `payment_intent.succeeded`, and "you can listen for the charge.updated event to know when the
 * balance transaction becomes available"
 * (https://docs.stripe.com/payments/payment-intents/asynchronous-capture).
 *
 * Off by default. When on (for every charge, or for the payments of chosen Checkout Sessions and
 * the renewals of the subscriptions they created), a succeeded charge keeps
 * `balance_transaction: null` until its balance transaction is made: after
 * `balanceTransactionDelayMs` of wall-clock time, on request, or when the clock is advanced. Then
 * `charge.updated` is sent with the charge as it now is and `previous_attributes:
 * { balance_transaction: null }`.
 */

/** Whether the charge this payment intent is taking gets its balance transaction late. */
export function isBalanceTransactionLate(core: EmulatorCore, intent: PaymentIntentRecord): boolean {
  if (core.config.lateBalanceTransactions) return true;
  const sessions = core.state.lateBalanceTransactionSessions;
  if (sessions.length === 0) return false;
  if (intent.sessionId !== null && sessions.includes(intent.sessionId)) return true;
  const invoice = referenced(core.state.invoices, intent.invoiceId);
  const subscriptionId = invoice?.subscriptionId;
  if (!subscriptionId) return false;
  return sessions.some(
    (sessionId) => core.state.sessions[sessionId]?.subscriptionId === subscriptionId,
  );
}

/** Late balance transactions for this Checkout Session's payment and its subscription's renewals. */
export function delayBalanceTransactionsFor(core: EmulatorCore, sessionId: string): void {
  requireRecord(core.state.sessions, sessionId, "checkout.session", "session");
  if (!core.state.lateBalanceTransactionSessions.includes(sessionId)) {
    core.state.lateBalanceTransactionSessions.push(sessionId);
    core.changed();
  }
}

function awaitsBalanceTransaction(charge: ChargeRecord): boolean {
  return charge.status === "succeeded" && charge.balanceTransactionId === null;
}

function release(core: EmulatorCore, charge: ChargeRecord): void {
  addChargeBalanceTransaction(core, charge);
  core.emit("charge.updated", renderCharge(core.render, charge), AUTOMATIC, {
    balance_transaction: null,
  });
}

/**
 * Makes the late balance transactions now: every one still awaited, or one charge's. Returns the
 * ids of the charges that got one.
 */
export function releaseBalanceTransactions(core: EmulatorCore, chargeId?: string): string[] {
  return core.flow(() => {
    if (chargeId !== undefined) {
      const charge = requireRecord(core.state.charges, chargeId, "charge", "charge");
      if (!awaitsBalanceTransaction(charge)) {
        throw invalidRequest(
          `Charge ${chargeId} is not waiting for its balance transaction.`,
          "charge",
        );
      }
      release(core, charge);
      return [charge.id];
    }
    const due = Object.values(core.state.charges).filter(awaitsBalanceTransaction);
    for (const charge of due) release(core, charge);
    return due.map((charge) => charge.id);
  });
}

/** The timer of one late balance transaction fired (nothing to do if it was made already). */
export function releaseIfAwaited(core: EmulatorCore, chargeId: string): void {
  const charge = core.state.charges[chargeId];
  if (!charge || !awaitsBalanceTransaction(charge)) return;
  core.flow(() => release(core, charge));
}

/** The clock moved on: every late balance transaction is made (inside the caller's flow). */
export function releaseAllAwaited(core: EmulatorCore): void {
  for (const charge of Object.values(core.state.charges)) {
    if (awaitsBalanceTransaction(charge)) release(core, charge);
  }
}

/** Charges still waiting for their balance transaction (after a restart, their timers again). */
export function chargesAwaitingBalanceTransaction(core: EmulatorCore): string[] {
  return Object.values(core.state.charges)
    .filter(awaitsBalanceTransaction)
    .map((charge) => charge.id);
}
