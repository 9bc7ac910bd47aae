import "server-only";
// What the success page shows for a Checkout Session id. The page is public and its id comes from
// the address bar, so each load is limited per address (each may cost Stripe API calls), and a
// session whose donation has reached a final state is answered from the database: Stripe is asked
// only while the outcome can still change. An id we never issued (the session id is written to its
// donation as the session is created, long before a donor can pay) costs no Stripe call either.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Donation } from "@/lib/generated/prisma/client";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { consumeRateLimit, type RateLimitPolicy } from "@/lib/rate-limit/consume-rate-limit";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import type { ConvergeRefusal } from "./converge-donation";
import { fulfilCheckoutSession } from "./fulfil-checkout-session";

export type SuccessOutcome = Result<
  Donation,
  ConvergeRefusal | Refusal<"rateLimited", { retryAfterSeconds: number }>
>;

// PAID never changes status again (refunds are counted apart), and a failed payment ends its
// session: a donor who tries again gets a new one. An expired session cannot be paid, and a gift
// cancelled before its first payment stays so (docs/decisions/027). A paid donation whose balance transaction
// Stripe has not made yet is still asked about, so the page fills it in even when the
// charge.updated event is not enabled on the endpoint (docs/decisions/023-settlement-later.md).
const FINAL: ReadonlySet<DonationStatus> = new Set([
  DonationStatus.PAID,
  DonationStatus.FAILED,
  DonationStatus.EXPIRED,
  DonationStatus.CANCELLED,
]);

async function isFinal(donation: Donation): Promise<boolean> {
  if (!FINAL.has(donation.status)) return false;
  const unsettled = await db.donationPayment.count({
    where: { donationId: donation.id, settlementAmount: null },
  });
  return unsettled === 0;
}

export function successPagePolicy(): RateLimitPolicy {
  return {
    name: "donation-success-ip",
    points: env.DONATION_SUCCESS_RATE_LIMIT_PER_IP,
    durationSeconds: 600,
  };
}

export async function readSuccessOutcome(
  sessionId: string,
  ipHash: string,
): Promise<SuccessOutcome> {
  const limit = await consumeRateLimit(successPagePolicy(), ipHash);
  if (!limit.allowed) return refuse("rateLimited", { retryAfterSeconds: limit.retryAfterSeconds });
  const known = await db.donation.findUnique({ where: { stripeCheckoutSessionId: sessionId } });
  if (!known) return refuse("unknownDonation");
  if (await isFinal(known)) return ok(known);
  return fulfilCheckoutSession(sessionId);
}
