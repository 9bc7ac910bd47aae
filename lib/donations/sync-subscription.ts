import "server-only";
// customer.subscription.updated (and .paused, .resumed, and after .deleted): the monthly gift as
// Stripe has it now. A donor changes it in the Customer Portal (cancel at the end of the month,
// pause, a new card) and staff may change its amount in Stripe's dashboard; the event only says
// which subscription changed. Like every handler (decision 005) this re-reads the subscription, and
// it does so while holding the donation's row lock, so of two deliveries racing, the one that
// commits last also read last: the row cannot go back to an older state. The event id is stored
// in the same transaction, so a redelivery changes nothing. Counters do not move: what a monthly
// gift has raised comes from its paid invoices (record-invoice-payment.ts).
import type Stripe from "stripe";
import { db } from "@/lib/db";
import type { Donation, Prisma } from "@/lib/generated/prisma/client";
import { ok, refuse } from "@/lib/result";
import { getStripe } from "@/lib/stripe";
import type { ConvergeOutcome, StripeEventRef } from "./converge-donation";

/** What the donation keeps of a subscription (Donation's subscription fields). */
export function subscriptionState(subscription: Stripe.Subscription) {
  const items = subscription.items.data;
  const amounts = items.map((item) =>
    item.price.unit_amount === null ? null : item.price.unit_amount * (item.quantity ?? 1),
  );
  const currentAmount = amounts.every((amount) => amount !== null)
    ? amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0)
    : null;
  const periodEnd = Math.max(0, ...items.map((item) => item.current_period_end));
  // A scheduled end: at the end of the period (cancel_at_period_end), or at a date (cancel_at).
  const endsAtSeconds =
    subscription.cancel_at ?? (subscription.cancel_at_period_end && periodEnd ? periodEnd : null);
  const ended = subscription.status === "canceled" || subscription.status === "incomplete_expired";
  // Two kinds of pause: the subscription paused (status `paused`: no invoices), or only its
  // payment collection (`pause_collection`: invoices made, not charged). Either way no money comes.
  const pausedAtSeconds =
    subscription.status === "paused"
      ? (subscription.status_details?.paused?.transitioned_at ?? null)
      : null;
  const paused = subscription.status === "paused" || subscription.pause_collection !== null;
  return {
    subscriptionStatus: subscription.status.slice(0, 32),
    currentAmount,
    cancelAtPeriodEnd: !ended && endsAtSeconds !== null,
    endsAt: !ended && endsAtSeconds !== null ? new Date(endsAtSeconds * 1000) : null,
    paused,
    pausedAtSeconds,
    endedAt: ended
      ? new Date((subscription.ended_at ?? subscription.canceled_at ?? Date.now() / 1000) * 1000)
      : null,
  };
}

async function donationIdFor(subscriptionId: string): Promise<string | null> {
  const known = await db.donation.findUnique({
    where: { stripeSubscriptionId: subscriptionId },
    select: { id: true },
  });
  if (known) return known.id;
  // Before checkout is fulfilled the row does not know its subscription yet; the subscription's
  // metadata (set at checkout) names the donation.
  const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
  return subscription.metadata.donationId ?? null;
}

async function applySubscription(
  tx: Prisma.TransactionClient,
  donation: Donation,
  subscription: Stripe.Subscription,
): Promise<Donation> {
  const state = subscriptionState(subscription);
  const pausedAt = state.paused
    ? (donation.pausedAt ??
      (state.pausedAtSeconds === null ? new Date() : new Date(state.pausedAtSeconds * 1000)))
    : null;
  return tx.donation.update({
    where: { id: donation.id },
    data: {
      stripeSubscriptionId: donation.stripeSubscriptionId ?? subscription.id,
      subscriptionStatus: state.subscriptionStatus,
      currentAmount: state.currentAmount,
      cancelAtPeriodEnd: state.cancelAtPeriodEnd,
      endsAt: state.endsAt,
      pausedAt,
      // An end is final (as in endSubscription); a later snapshot never brings the gift back.
      endedAt: donation.endedAt ?? state.endedAt,
    },
  });
}

export async function syncSubscription(
  subscriptionId: string,
  event?: StripeEventRef,
): Promise<ConvergeOutcome> {
  const donationId = await donationIdFor(subscriptionId);
  return db.$transaction(
    async (tx): Promise<ConvergeOutcome> => {
      if (event) {
        const inserted = await tx.$executeRaw`
          INSERT INTO "StripeEvent" ("id", "type") VALUES (${event.id}, ${event.type})
          ON CONFLICT ("id") DO NOTHING`;
        if (inserted === 0) return refuse("duplicateEvent");
      }
      if (!donationId || !/^[0-9a-f-]{36}$/i.test(donationId)) return refuse("unknownDonation");
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "Donation" WHERE "id" = ${donationId}::uuid FOR UPDATE`;
      if (locked.length === 0) return refuse("unknownDonation");
      const donation = await tx.donation.findUniqueOrThrow({ where: { id: donationId } });
      if (donation.stripeSubscriptionId && donation.stripeSubscriptionId !== subscriptionId) {
        return refuse("unknownDonation");
      }
      // Read under the lock: the last writer has the newest state.
      const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
      return ok(await applySubscription(tx, donation, subscription));
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
