import "server-only";
// The success page of a paid monthly gift shows its manage link once: the first load that finds
// the gift paid claims `manageLinkShownAt` (one UPDATE ... WHERE it is still null, so two loads at
// once cannot both win) and gets a fresh link; every later load gets null and points the donor to
// the manage page, where the link is sent to the gift's email instead. Until the site can send
// email, this is the way a donor gets a link (decision 029).
import { db } from "@/lib/db";
import type { Donation } from "@/lib/generated/prisma/client";
import { DonationFrequency, DonationStatus } from "@/lib/generated/prisma/enums";
import { issueManageToken } from "./manage-token";
import { manageLinkUrl } from "./open-manage-portal";

export async function issueSuccessManageLink(
  donation: Donation,
  locale: string,
  now = new Date(),
): Promise<string | null> {
  if (donation.frequency !== DonationFrequency.MONTHLY) return null;
  if (donation.status !== DonationStatus.PAID || donation.endedAt !== null) return null;
  if (!donation.stripeCustomerId || donation.manageLinkShownAt !== null) return null;
  const claimed = await db.donation.updateMany({
    where: { id: donation.id, manageLinkShownAt: null },
    data: { manageLinkShownAt: now },
  });
  if (claimed.count === 0) return null;
  return manageLinkUrl(locale, await issueManageToken(donation.id, now));
}
