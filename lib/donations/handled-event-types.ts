// Apart from the handler so tests and tools can read the list without loading server code.
import type Stripe from "stripe";

/** The events to enable on the Stripe webhook endpoint (README lists them too). */
export const HANDLED_EVENT_TYPES = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  // A charge's balance transaction arriving after the charge succeeded (asynchronous capture).
  "charge.updated",
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
  // The donor changed the monthly gift (Customer Portal) or staff did: end scheduled, pause, amount.
  "customer.subscription.updated",
  "customer.subscription.paused",
  "customer.subscription.resumed",
] as const satisfies ReadonlyArray<Stripe.Event["type"]>;
