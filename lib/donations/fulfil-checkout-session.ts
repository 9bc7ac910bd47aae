import "server-only";
// Fulfils a Checkout Session: used by the webhook (checkout.session.* events) and by the success
// page, so a donor who arrives before the webhook sees the outcome and the rows are still written
// once. Idempotent and convergent: it re-reads the session, its payment intent, charge and balance
// transaction from Stripe and moves the rows to match (converge-donation.ts).
import type Stripe from "stripe";
import { getStripe } from "@/lib/stripe";
import {
  type CheckoutState,
  type ConvergeOutcome,
  convergeDonation,
  type StripeEventRef,
} from "./converge-donation";
import { readInvoicePayment } from "./read-invoice-payment";
import { type PaymentSnapshot, readPaymentIntentSnapshot } from "./read-payment-snapshot";
import { idOf } from "./stripe-ids";

function pendingPayment(
  session: Stripe.Checkout.Session,
  intent: Stripe.PaymentIntent | null,
): CheckoutState["pendingPayment"] {
  // Expired after a refused payment (a declined card the donor did not replace): it failed, rather
  // than being abandoned untried.
  if (session.status === "expired") return intent?.last_payment_error ? "failed" : null;
  if (session.status !== "complete" || session.payment_status === "paid" || !intent) return null;
  if (intent.status === "processing") return "processing";
  if (intent.status === "succeeded") return null;
  // Complete but unpaid, and the payment intent gave up or wants a new method: it failed.
  return "failed";
}

export async function fulfilCheckoutSession(
  sessionId: string,
  event?: StripeEventRef,
): Promise<ConvergeOutcome> {
  const stripe = getStripe();
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  const donationId = session.metadata?.donationId ?? session.client_reference_id;

  let intent: Stripe.PaymentIntent | null = null;
  const payments: PaymentSnapshot[] = [];
  const paymentIntentId = idOf(session.payment_intent);
  const invoiceId = idOf(session.invoice);
  if (session.mode === "payment" && paymentIntentId) {
    const read = await readPaymentIntentSnapshot(stripe, paymentIntentId, null);
    intent = read.intent;
    if (read.payment) payments.push(read.payment);
  } else if (session.mode === "subscription" && invoiceId) {
    const read = await readInvoicePayment(stripe, invoiceId);
    intent = read.intent;
    if (read.payment) payments.push(read.payment);
  }

  const status = session.status;
  return convergeDonation(
    donationId,
    {
      checkout: {
        sessionId: session.id,
        status: status === "complete" ? "complete" : status === "expired" ? "expired" : "open",
        pendingPayment: pendingPayment(session, intent),
        customerId: idOf(session.customer),
        subscriptionId: idOf(session.subscription),
      },
      payments,
      livemode: session.livemode,
      donorEmail: session.customer_details?.email ?? null,
    },
    event,
  );
}
