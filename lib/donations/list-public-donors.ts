import "server-only";
// The donors the supporter wall shows: people whose gift was received and who chose to show their
// name, once staff have read what they wrote (the name and the message, approved together as one
// review item, as a pledge's message is). Never the amount, the currency, the email or anything
// else of the payment: the form offers to show a name, not the gift.
import { db } from "@/lib/db";
import { DonationStatus, MessageStatus } from "@/lib/generated/prisma/enums";
import { findKeysetPage, listParams } from "@/lib/lists/list-query";
import { isTestMode } from "@/lib/stripe";

/** What the wall may show of a donor. */
export interface PublicDonor {
  id: string;
  name: string;
  /** Null when the donor wrote none. */
  message: string | null;
}

export interface PublicDonorPage {
  donors: PublicDonor[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export const PUBLIC_DONORS_PAGE_SIZE = 12;

const cursorParam = listParams.cursor();

/** Reads a `?donors=` value; anything but a UUID means "from the newest". */
export function parsePublicDonorsCursor(value: unknown): string | undefined {
  return cursorParam.parse(value);
}

/**
 * The newest public donors, older ones page by page (keyset on the time-ordered id, through the
 * (messageStatus, id) index). A donor is shown when all of these hold:
 * - the donation is PAID (an unpaid, failed or expired checkout gave nothing);
 * - it has a public name (an anonymous donor is never shown, not even their message);
 * - staff approved it (a rejected or not yet read name or message stays off the wall);
 * - it is not disputed, and at least one of its payments is neither disputed nor refunded in full
 *   (a gift taken back is no longer a gift; a monthly donor with one refunded month still is).
 */
export async function listPublicDonors(
  options: { cursor?: string; limit?: number } = {},
): Promise<PublicDonorPage> {
  const limit = Math.min(Math.max(options.limit ?? PUBLIC_DONORS_PAGE_SIZE, 1), 100);
  const page = await findKeysetPage(
    {
      where: {
        messageStatus: MessageStatus.APPROVED,
        status: DonationStatus.PAID,
        // Test gifts never appear on a live site, nor real ones beside the emulator's (decision 027).
        livemode: !isTestMode(),
        publicName: { not: null },
        disputed: false,
        payments: {
          some: { disputed: false, amountRefunded: { lt: db.donationPayment.fields.amount } },
        },
      },
      cursor: options.cursor,
      pageSize: limit,
    },
    (args) =>
      db.donation.findMany({
        ...args,
        select: { id: true, publicName: true, message: true },
      }),
  );
  return {
    donors: page.rows.flatMap((row) =>
      row.publicName === null ? [] : [{ id: row.id, name: row.publicName, message: row.message }],
    ),
    nextCursor: page.nextCursor,
  };
}
