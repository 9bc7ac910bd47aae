import "server-only";
// Checkouts that ended without an event reaching us still end here (docs/decisions/027). Stripe
// expires a Checkout Session at its `expires_at`, 24 hours after creation unless set shorter (never
// longer), and sends checkout.session.expired; an endpoint that was down, or not subscribed to that
// event, would leave the gift "Pending" for ever. Hourly (the queue worker: lib/jobs/run-chore.ts), for every
// PENDING donation older than that lifetime plus a grace hour: ask Stripe for the session, expire it
// if it is somehow still open past its expiry, and converge on what Stripe says (a gift paid while
// the webhook was lost becomes PAID; the others EXPIRED or FAILED). On live keys it also asks Stripe
// about donations recorded before their mode was kept, so real money is counted as real.
// Safe to run from several instances at once: every step converges.
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log";
import { getStripe, isTestMode } from "@/lib/stripe";
import { fulfilCheckoutSession } from "./fulfil-checkout-session";

/** Stripe's longest (and default) Checkout Session lifetime. */
export const CHECKOUT_LIFETIME_MS = 24 * 3_600_000;
/** Past the lifetime, how long Stripe is given to expire the session and tell us itself. */
export const SWEEP_GRACE_MS = 3_600_000;
/** Donations looked at per pass of each kind; the rest wait for the next hour. */
export const SWEEP_BATCH = 100;

export interface SweepResult {
  /** Stale PENDING donations whose session was read and converged. */
  converged: number;
  /** Sessions still open past their expiry that the sweep expired. */
  expired: number;
  /** Stale PENDING donations with no session this account knows: ended as EXPIRED. */
  ended: number;
  /** Donations of unknown mode that Stripe (live keys) was asked about. */
  modesLearned: number;
  /** Donations that could not be swept this time (logged; tried again next time). */
  failed: number;
}

// Known by `type` and code rather than `instanceof` (see handle-stripe-event.ts).
function isMissingObject(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { type, statusCode, code } = error as Partial<Stripe.errors.StripeError>;
  return (
    type === "StripeInvalidRequestError" && (statusCode === 404 || code === "resource_missing")
  );
}

/** A donation that can no longer be paid: it stays as it was unless it was still PENDING. */
async function endUnpaid(donationId: string): Promise<number> {
  const { count } = await db.donation.updateMany({
    where: { id: donationId, status: DonationStatus.PENDING },
    data: { status: DonationStatus.EXPIRED },
  });
  return count;
}

async function sweepSession(stripe: Stripe, sessionId: string, now: Date): Promise<boolean> {
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  let expired = false;
  if (session.status === "open" && session.expires_at * 1000 <= now.getTime()) {
    try {
      // https://docs.stripe.com/api/checkout/sessions/expire: no one can pay it after this.
      await stripe.checkout.sessions.expire(sessionId);
      expired = true;
    } catch (error) {
      // Completed or expired in the meantime (only an open session can be expired): converge on it.
      if ((error as Partial<Stripe.errors.StripeError>).type !== "StripeInvalidRequestError") {
        throw error;
      }
    }
  }
  await fulfilCheckoutSession(sessionId);
  return expired;
}

export async function sweepStaleCheckouts(now = new Date()): Promise<SweepResult> {
  const result: SweepResult = { converged: 0, expired: 0, ended: 0, modesLearned: 0, failed: 0 };
  const stripe = getStripe();
  const stale = await db.donation.findMany({
    where: {
      status: DonationStatus.PENDING,
      createdAt: { lt: new Date(now.getTime() - CHECKOUT_LIFETIME_MS - SWEEP_GRACE_MS) },
    },
    orderBy: { createdAt: "asc" },
    take: SWEEP_BATCH,
    select: { id: true, stripeCheckoutSessionId: true },
  });
  for (const donation of stale) {
    try {
      if (donation.stripeCheckoutSessionId === null) {
        // The session was never created (Stripe refused or was unreachable): nothing to pay.
        result.ended += await endUnpaid(donation.id);
        continue;
      }
      if (await sweepSession(stripe, donation.stripeCheckoutSessionId, now)) result.expired += 1;
      result.converged += 1;
    } catch (error) {
      if (isMissingObject(error)) {
        // Not this account's session (the emulator's, under real keys; a reset emulator).
        result.ended += await endUnpaid(donation.id);
        continue;
      }
      result.failed += 1;
      log.error({ err: error, donationId: donation.id }, "donations: could not sweep a checkout");
    }
  }

  // Real keys only: an object the live account has is real money; one it does not know is not. On
  // test keys there is nothing to learn that the figures need: an unknown mode counts as test.
  if (!isTestMode()) {
    const unknown = await db.donation.findMany({
      where: { livemode: null, stripeCheckoutSessionId: { not: null } },
      orderBy: { createdAt: "asc" },
      take: SWEEP_BATCH,
      select: { id: true, stripeCheckoutSessionId: true },
    });
    for (const donation of unknown) {
      if (donation.stripeCheckoutSessionId === null) continue;
      try {
        await fulfilCheckoutSession(donation.stripeCheckoutSessionId);
        result.modesLearned += 1;
      } catch (error) {
        if (isMissingObject(error)) {
          await db.donation.updateMany({
            where: { id: donation.id, livemode: null },
            data: { livemode: false },
          });
          result.modesLearned += 1;
          continue;
        }
        result.failed += 1;
        log.error({ err: error, donationId: donation.id }, "donations: could not learn a mode");
      }
    }
  }
  return result;
}
