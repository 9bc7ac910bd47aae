import "server-only";
// What the webhook does with each Stripe event. The event only says *which* object changed: every
// handler re-reads that object from Stripe and converges the rows on it (converge-donation.ts),
// recording the event id in the same transaction. Events may come in any order, any number of
// times; events not listed here are acknowledged and ignored.
import type Stripe from "stripe";
import type { ConvergeOutcome } from "./converge-donation";
import { endSubscription } from "./end-subscription";
import { fulfilCheckoutSession } from "./fulfil-checkout-session";
import { recordInvoicePayment } from "./record-invoice-payment";
import { idOf } from "./stripe-ids";
import { syncCharge } from "./sync-charge";

/** The events to enable on the Stripe webhook endpoint (README lists them too). */
export const HANDLED_EVENT_TYPES = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "charge.refunded",
  "charge.refund.updated",
  "refund.created",
  "refund.updated",
  "refund.failed",
  "charge.dispute.created",
  "charge.dispute.updated",
  "charge.dispute.closed",
  "charge.dispute.funds_withdrawn",
  "charge.dispute.funds_reinstated",
  "invoice.paid",
  "customer.subscription.deleted",
] as const satisfies ReadonlyArray<Stripe.Event["type"]>;

export type HandledOutcome = ConvergeOutcome["kind"] | "ignored";

export async function handleStripeEvent(event: Stripe.Event): Promise<HandledOutcome> {
  const ref = { id: event.id, type: event.type };
  let outcome: ConvergeOutcome;
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
    case "checkout.session.expired":
      outcome = await fulfilCheckoutSession(event.data.object.id, ref);
      break;
    case "charge.refunded":
      outcome = await syncCharge(event.data.object.id, ref);
      break;
    case "charge.refund.updated":
    case "refund.created":
    case "refund.updated":
    case "refund.failed": {
      const chargeId = idOf(event.data.object.charge);
      if (!chargeId) return "ignored";
      outcome = await syncCharge(chargeId, ref);
      break;
    }
    case "charge.dispute.created":
    case "charge.dispute.updated":
    case "charge.dispute.closed":
    case "charge.dispute.funds_withdrawn":
    case "charge.dispute.funds_reinstated": {
      const chargeId = idOf(event.data.object.charge);
      if (!chargeId) return "ignored";
      outcome = await syncCharge(chargeId, ref);
      break;
    }
    case "invoice.paid": {
      const invoiceId = event.data.object.id;
      if (!invoiceId) return "ignored";
      outcome = await recordInvoicePayment(invoiceId, ref);
      break;
    }
    case "customer.subscription.deleted":
      outcome = await endSubscription(event.data.object.id, ref);
      break;
    default:
      return "ignored";
  }
  return outcome.kind;
}
