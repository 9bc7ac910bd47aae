import "server-only";
// What the webhook does with each Stripe event. The event only says *which* object changed: every
// handler re-reads that object from Stripe and converges the rows on it (converge-donation.ts),
// recording the event id in the same transaction. Events may come in any order, any number of
// times; events not listed here are acknowledged and ignored, and so are signed events we cannot
// use (a malformed object, an id Stripe does not know): answering those with an error would only
// make Stripe retry them for three days.
import type Stripe from "stripe";
import { z } from "zod";
import { log } from "@/lib/log";
import type { ConvergeOutcome, ConvergeRefusal } from "./converge-donation";
import { endSubscription } from "./end-subscription";
import { fulfilCheckoutSession } from "./fulfil-checkout-session";
import { HANDLED_EVENT_TYPES } from "./handled-event-types";
import { recordInvoicePayment } from "./record-invoice-payment";
import { idOf, STRIPE_ID } from "./stripe-ids";
import { syncCharge } from "./sync-charge";
import { syncSubscription } from "./sync-subscription";

export { HANDLED_EVENT_TYPES };

/** "unusable": signed, but not an event we can act on (see usableEvent, and a 404 from Stripe). */
export type HandledOutcome = "applied" | ConvergeRefusal["code"] | "ignored" | "unusable";

const stripeId = z.string().regex(STRIPE_ID);
const expandable = z.union([stripeId, z.looseObject({ id: stripeId }), z.null()]).optional();

/** The parts of an event the handlers read; anything else in it is Stripe's business. */
const usableEvent = z.object({
  id: stripeId,
  type: z.string().max(100),
  data: z.object({
    object: z.looseObject({ id: stripeId, charge: expandable }),
  }),
});

// Stripe answers an unknown id with 404 and the code resource_missing; an id of the wrong kind
// (a refund's id where a charge's belongs) carries the same code, so the code decides. Known by
// its `type`, not `instanceof`: the server bundle may hold two copies of the SDK (one per layer),
// and an error thrown by one is not an instance of the other's class.
function isMissingObject(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { type, statusCode, code } = error as Partial<Stripe.errors.StripeError>;
  return (
    type === "StripeInvalidRequestError" && (statusCode === 404 || code === "resource_missing")
  );
}

export async function handleStripeEvent(event: Stripe.Event): Promise<HandledOutcome> {
  // A signed body is any JSON, not only an object ("null" verifies as well as an event does).
  if (typeof event !== "object" || event === null || Array.isArray(event)) return "unusable";
  if (!(HANDLED_EVENT_TYPES as readonly string[]).includes(event.type)) return "ignored";
  if (!usableEvent.safeParse(event).success) return "unusable";
  try {
    return await handleUsableEvent(event);
  } catch (error) {
    // An object this account's Stripe does not have: nothing to converge on, ever.
    if (isMissingObject(error)) return "unusable";
    throw error;
  }
}

async function handleUsableEvent(event: Stripe.Event): Promise<HandledOutcome> {
  const ref = { id: event.id, type: event.type };
  let outcome: ConvergeOutcome;
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
    case "checkout.session.expired":
      outcome = await fulfilCheckoutSession(event.data.object.id, ref);
      break;
    case "charge.updated":
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
      // The rest of the gift's state (no longer ending or paused): converges, so no event id. The
      // end is recorded already; a failure here must not make Stripe retry a recorded event.
      if (outcome.ok) {
        await syncSubscription(event.data.object.id).catch((error: unknown) =>
          log.warn({ err: error }, "donations: an ended gift's subscription state was not re-read"),
        );
      }
      break;
    case "customer.subscription.updated":
    case "customer.subscription.paused":
    case "customer.subscription.resumed":
      outcome = await syncSubscription(event.data.object.id, ref);
      break;
    default:
      return "ignored";
  }
  return outcome.ok ? "applied" : outcome.error.code;
}
