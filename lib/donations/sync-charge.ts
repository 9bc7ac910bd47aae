import "server-only";
// Refunds, disputes and charge.updated (the balance transaction that follows a charge with
// asynchronous capture): re-reads the charge (with its balance transaction, all its refunds and its
// dispute) and converges the payment row. Partial refunds add up because the stored refunds are
// summed, each once by id.
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { getStripe } from "@/lib/stripe";
import { type ConvergeOutcome, convergeDonation, type StripeEventRef } from "./converge-donation";
import { readChargeSnapshot } from "./read-payment-snapshot";
import { idOf } from "./stripe-ids";

/** Which donation a payment intent paid: our row, its metadata (one-time) or its invoice (monthly). */
async function findDonation(
  stripe: Stripe,
  paymentIntentId: string,
): Promise<{ donationId: string | null; invoiceId: string | null }> {
  const known = await db.donationPayment.findUnique({
    where: { stripePaymentIntentId: paymentIntentId },
    select: { donationId: true, stripeInvoiceId: true },
  });
  if (known) return { donationId: known.donationId, invoiceId: known.stripeInvoiceId };
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
  if (intent.metadata.donationId)
    return { donationId: intent.metadata.donationId, invoiceId: null };
  const invoicePayments = await stripe.invoicePayments.list({
    payment: { type: "payment_intent", payment_intent: paymentIntentId },
    limit: 1,
  });
  const invoiceId = idOf(invoicePayments.data[0]?.invoice);
  if (!invoiceId) return { donationId: null, invoiceId: null };
  const invoice = await stripe.invoices.retrieve(invoiceId);
  const details = invoice.parent?.subscription_details;
  const metadataId = details?.metadata?.donationId;
  if (metadataId) return { donationId: metadataId, invoiceId };
  const subscriptionId = idOf(details?.subscription);
  const donation = subscriptionId
    ? await db.donation.findUnique({
        where: { stripeSubscriptionId: subscriptionId },
        select: { id: true },
      })
    : null;
  return { donationId: donation?.id ?? null, invoiceId };
}

export async function syncCharge(
  chargeId: string,
  event?: StripeEventRef,
): Promise<ConvergeOutcome> {
  const stripe = getStripe();
  const charge = await stripe.charges.retrieve(chargeId);
  const paymentIntentId = idOf(charge.payment_intent);
  if (!paymentIntentId) return convergeDonation(null, {}, event);
  const { donationId, invoiceId } = await findDonation(stripe, paymentIntentId);
  const snapshot = await readChargeSnapshot(stripe, chargeId, invoiceId);
  return convergeDonation(
    donationId,
    { payments: snapshot ? [snapshot] : [], livemode: charge.livemode },
    event,
  );
}
