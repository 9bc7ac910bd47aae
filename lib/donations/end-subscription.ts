import "server-only";
// customer.subscription.deleted: the monthly gift ends. Its payments and totals stay as they are.
import { db } from "@/lib/db";
import { getStripe } from "@/lib/stripe";
import { type ConvergeOutcome, convergeDonation, type StripeEventRef } from "./converge-donation";

export async function endSubscription(
  subscriptionId: string,
  event?: StripeEventRef,
): Promise<ConvergeOutcome> {
  const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
  let donationId = subscription.metadata.donationId ?? null;
  if (!donationId) {
    const donation = await db.donation.findUnique({
      where: { stripeSubscriptionId: subscription.id },
      select: { id: true },
    });
    donationId = donation?.id ?? null;
  }
  const ended = subscription.status === "canceled" || subscription.status === "incomplete_expired";
  const endedAt = subscription.ended_at ?? subscription.canceled_at;
  return convergeDonation(
    donationId,
    {
      subscriptionId: subscription.id,
      endedAt: ended ? new Date((endedAt ?? Math.floor(Date.now() / 1000)) * 1000) : null,
      // Before its first payment, a canceled gift ends CANCELLED, an expired one EXPIRED.
      endedAs: ended ? (subscription.status as "canceled" | "incomplete_expired") : null,
      livemode: subscription.livemode,
    },
    event,
  );
}
