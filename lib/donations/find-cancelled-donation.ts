import "server-only";
// After "cancel" on Stripe's page the donor comes back to the form with their choices. The cancel
// URL carries only the donation's unguessable id (no name or message in URLs or logs); the choices
// are read from the row while it is still an unpaid checkout from the last day.
import { z } from "zod";
import { db } from "@/lib/db";
import { DonationFrequency, DonationStatus } from "@/lib/generated/prisma/enums";
import { minorToMajorText } from "./currencies";
import type { DonationConfig } from "./donation-config";

export interface CancelledChoices {
  currency: string;
  frequency: "once" | "monthly";
  preset: string;
  customAmount: string;
  visibility: "name" | "anonymous";
  publicName: string;
  message: string;
  inHonourOf: string;
  coverFees: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function findCancelledDonation(
  id: string | undefined,
  config: DonationConfig,
): Promise<CancelledChoices | null> {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) return null;
  const donation = await db.donation.findUnique({ where: { id: parsed.data } });
  if (
    !donation ||
    donation.status !== DonationStatus.PENDING ||
    donation.createdAt.getTime() < Date.now() - DAY_MS
  ) {
    return null;
  }
  const option = config.currencies.find((candidate) => candidate.code === donation.currency);
  // The gift the donor chose: the amount charged less any card fee they covered.
  const gift = donation.amount - donation.coveredFee;
  const isPreset = option?.presets.includes(gift) ?? false;
  return {
    currency: donation.currency,
    frequency: donation.frequency === DonationFrequency.MONTHLY ? "monthly" : "once",
    preset: isPreset ? `${donation.currency}:${gift}` : "custom",
    customAmount: isPreset ? "" : minorToMajorText(gift, donation.currency),
    visibility: donation.publicName ? "name" : "anonymous",
    publicName: donation.publicName ?? "",
    message: donation.message ?? "",
    inHonourOf: donation.inHonourOf ?? "",
    coverFees: donation.coversFees,
  };
}
