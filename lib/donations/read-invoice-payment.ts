import "server-only";
import type Stripe from "stripe";
import { type PaymentSnapshot, readPaymentIntentSnapshot } from "./read-payment-snapshot";
import { idOf } from "./stripe-ids";

export interface InvoicePaymentState {
  invoice: Stripe.Invoice;
  subscriptionId: string | null;
  /** The donation id written into the subscription's metadata at checkout. */
  donationId: string | null;
  intent: Stripe.PaymentIntent | null;
  payment: PaymentSnapshot | null;
}

/** One invoice of a monthly gift with the payment that paid it, as Stripe has them now. */
export async function readInvoicePayment(
  stripe: Stripe,
  invoiceId: string,
): Promise<InvoicePaymentState> {
  const invoice = await stripe.invoices.retrieve(invoiceId, { expand: ["payments"] });
  const details = invoice.parent?.subscription_details ?? null;
  const entries = invoice.payments?.data ?? [];
  // The paid entry if there is one, else the latest attempt (a bank debit still processing).
  const entry = entries.find((candidate) => candidate.status === "paid") ?? entries.at(-1);
  const paymentIntentId = idOf(entry?.payment.payment_intent);
  const read = paymentIntentId
    ? await readPaymentIntentSnapshot(stripe, paymentIntentId, invoice.id)
    : { intent: null, payment: null };
  return {
    invoice,
    subscriptionId: idOf(details?.subscription),
    donationId: details?.metadata?.donationId ?? null,
    intent: read.intent,
    payment: read.payment,
  };
}
