import { markInvoicePaid } from "../billing/invoices";
import { renderInvoice, renderSubscription } from "../billing/render-billing";
import { renderSession } from "../checkout-sessions/render-checkout-session";
import { AUTOMATIC, type EmulatorCore } from "../core/emulator-core";
import { referenced } from "../core/render-context";
import { invalidRequest } from "../errors";
import type { PaymentIntentRecord } from "../state";
import {
  failPayment,
  findCharge,
  findPaymentIntent,
  findPaymentMethod,
  succeedPayment,
} from "./payment-intents";

/*
 * Delayed (bank debit) payments: accepted at once as `processing`, they settle later, when their
 * wall-clock timer fires, on request (`settleDelayedPayments`), or when the clock is advanced.
 * The test IBAN decides how they end.
 */

/** Settles bank debits still processing: all of them, or one payment intent. Returns their ids. */
export function settleDelayedPayments(core: EmulatorCore, paymentIntentId?: string): string[] {
  return core.flow(() => {
    const due = Object.values(core.state.paymentIntents).filter(
      (intent) =>
        intent.status === "processing" &&
        (paymentIntentId === undefined || intent.id === paymentIntentId),
    );
    if (paymentIntentId !== undefined && due.length === 0) {
      findPaymentIntent(core, paymentIntentId);
      throw invalidRequest(
        `PaymentIntent ${paymentIntentId} is not processing a delayed payment.`,
        "intent",
      );
    }
    for (const intent of due) settleIntent(core, intent);
    return due.map((intent) => intent.id);
  });
}

/** Settles one processing payment when its timer fires (ignored if it settled already). */
export function settleIfProcessing(core: EmulatorCore, paymentIntentId: string): void {
  const intent = core.state.paymentIntents[paymentIntentId];
  if (intent?.status !== "processing") return;
  core.flow(() => settleIntent(core, intent));
}

/** Settles every processing payment (the clock moved past them). */
export function settleAllProcessing(core: EmulatorCore): void {
  for (const intent of Object.values(core.state.paymentIntents)) {
    if (intent.status === "processing") settleIntent(core, intent);
  }
}

function settleIntent(core: EmulatorCore, intent: PaymentIntentRecord): void {
  const charge = intent.latestChargeId ? findCharge(core, intent.latestChargeId) : undefined;
  const method = intent.paymentMethodId
    ? findPaymentMethod(core, intent.paymentMethodId)
    : undefined;
  if (!charge || !method) throw new Error(`Processing payment ${intent.id} has no charge`);
  intent.settlesAt = null;
  const session = referenced(core.state.sessions, intent.sessionId);
  const invoice = referenced(core.state.invoices, intent.invoiceId);
  const subscriptionSession = invoice?.subscriptionId
    ? Object.values(core.state.sessions).find(
        (entry) =>
          entry.subscriptionId === invoice.subscriptionId && entry.invoiceId === invoice.id,
      )
    : undefined;
  const checkoutSession = session ?? subscriptionSession;

  if (method.delayedOutcome === "fail") {
    failPayment(
      core,
      { intent, charge },
      {
        code: "payment_intent_payment_attempt_failed",
        declineCode: "insufficient_funds",
        message: "The customer's account has insufficient funds to cover this payment.",
        type: "card_error",
      },
      "insufficient_funds",
    );
    if (invoice) {
      core.emit("invoice.payment_failed", renderInvoice(core.render, invoice), AUTOMATIC);
      const subscription = referenced(core.state.subscriptions, invoice.subscriptionId);
      if (subscription && subscription.status === "active") {
        subscription.status = "past_due";
        core.emit(
          "customer.subscription.updated",
          renderSubscription(core.render, subscription),
          AUTOMATIC,
          { status: "active" },
        );
      }
    }
    if (checkoutSession) {
      core.emit(
        "checkout.session.async_payment_failed",
        renderSession(core.render, checkoutSession),
        AUTOMATIC,
      );
    }
    return;
  }
  succeedPayment(core, { intent, charge });
  if (invoice) markInvoicePaid(core, invoice);
  if (checkoutSession) {
    checkoutSession.paymentStatus = "paid";
    core.emit(
      "checkout.session.async_payment_succeeded",
      renderSession(core.render, checkoutSession),
      AUTOMATIC,
    );
  }
}
