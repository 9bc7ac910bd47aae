import type { Donation } from "@/lib/generated/prisma/client";

export type MonthlyGiftState =
  | { key: "subscriptionEnded" }
  | { key: "subscriptionEnding"; endsAt: Date }
  | { key: "subscriptionPaused"; pausedAt: Date }
  | { key: "subscriptionActive" }
  | { key: "subscriptionOther"; status: string };

/** How a monthly gift stands, for staff: ended, ending on a date, paused, running, or Stripe's word. */
export function monthlyGiftState(
  donation: Pick<
    Donation,
    "endedAt" | "cancelAtPeriodEnd" | "endsAt" | "pausedAt" | "subscriptionStatus"
  >,
): MonthlyGiftState {
  if (donation.endedAt !== null) return { key: "subscriptionEnded" };
  if (donation.cancelAtPeriodEnd && donation.endsAt !== null) {
    return { key: "subscriptionEnding", endsAt: donation.endsAt };
  }
  if (donation.pausedAt !== null) return { key: "subscriptionPaused", pausedAt: donation.pausedAt };
  if (donation.subscriptionStatus === "active") return { key: "subscriptionActive" };
  return { key: "subscriptionOther", status: donation.subscriptionStatus ?? "unknown" };
}
