import "server-only";
// invoice.paid: each monthly payment becomes its own DonationPayment row (the first one too, which
// checkout.session.completed may also bring; the payment intent id keeps it to one row).
import { db } from "@/lib/db";
import { getStripe } from "@/lib/stripe";
import { type ConvergeOutcome, convergeDonation, type StripeEventRef } from "./converge-donation";
import { readInvoicePayment } from "./read-invoice-payment";

export async function recordInvoicePayment(
  invoiceId: string,
  event?: StripeEventRef,
): Promise<ConvergeOutcome> {
  const read = await readInvoicePayment(getStripe(), invoiceId);
  let donationId = read.donationId;
  if (!donationId && read.subscriptionId) {
    const donation = await db.donation.findUnique({
      where: { stripeSubscriptionId: read.subscriptionId },
      select: { id: true },
    });
    donationId = donation?.id ?? null;
  }
  return convergeDonation(
    donationId,
    {
      payments: read.payment ? [read.payment] : [],
      subscriptionId: read.subscriptionId,
      livemode: read.invoice.livemode,
      donorEmail: read.invoice.customer_email,
    },
    event,
  );
}
