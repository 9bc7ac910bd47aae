import "server-only";
// Donations for staff, newest first, in keyset pages (lib/lists/list-query.ts), with their
// payments' totals. Checkouts that ended unpaid (expired, failed, cancelled) are hidden unless asked
// for (`ended=show`, or their status chosen); `mode` keeps real and test money apart.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  DonationFrequency,
  DonationStatus,
  type MessageStatus,
} from "@/lib/generated/prisma/enums";
import { findKeysetPage, type KeysetPage, listFilters, listParams } from "@/lib/lists/list-query";

/** The statuses of a gift that ended without money: hidden from the list by default. */
export const ENDED_UNPAID: readonly DonationStatus[] = [
  DonationStatus.EXPIRED,
  DonationStatus.FAILED,
  DonationStatus.CANCELLED,
];

export const parseDonationFilters = listFilters({
  status: listParams.oneOf(DonationStatus),
  frequency: listParams.oneOf(DonationFrequency),
  ended: listParams.oneOf(["show"] as const),
  mode: listParams.oneOf(["live", "test"] as const),
  cursor: listParams.cursor(),
});

function donationWhere(filters: DonationFilters): Prisma.DonationWhereInput {
  return {
    status: filters.status ?? (filters.ended === "show" ? undefined : { notIn: [...ENDED_UNPAID] }),
    frequency: filters.frequency,
    // Not known yet counts as test money, as the counters do.
    ...(filters.mode === "live" ? { livemode: true } : {}),
    ...(filters.mode === "test" ? { OR: [{ livemode: false }, { livemode: null }] } : {}),
  };
}

export type DonationFilters = ReturnType<typeof parseDonationFilters>;

export interface DonationRow {
  id: string;
  createdAt: Date;
  frequency: DonationFrequency;
  status: DonationStatus;
  amount: number;
  currency: string;
  publicName: string | null;
  message: string | null;
  messageStatus: MessageStatus;
  disputed: boolean;
  paid: number;
  refunded: number;
  settlementCurrency: string | null;
  settlementNet: number;
  /** Real money (true); test money or not known yet (false), labelled "Test" for staff. */
  livemode: boolean;
}

export async function listDonations(
  filters: DonationFilters,
  pageSize = 50,
): Promise<KeysetPage<DonationRow>> {
  const include = {
    payments: {
      select: {
        amount: true,
        amountRefunded: true,
        settlementCurrency: true,
        settlementNet: true,
        settlementRefunded: true,
      },
    },
  } as const;
  const page = await findKeysetPage(
    {
      where: donationWhere(filters),
      cursor: filters.cursor,
      pageSize,
    },
    (args) => db.donation.findMany({ ...args, include }),
  );
  const rows = page.rows.map((donation) => ({
    id: donation.id,
    createdAt: donation.createdAt,
    frequency: donation.frequency,
    status: donation.status,
    amount: donation.amount,
    currency: donation.currency,
    publicName: donation.publicName,
    message: donation.message,
    messageStatus: donation.messageStatus,
    disputed: donation.disputed,
    livemode: donation.livemode === true,
    paid: donation.payments.reduce((sum, payment) => sum + payment.amount, 0),
    refunded: donation.payments.reduce((sum, payment) => sum + payment.amountRefunded, 0),
    // Payments whose balance transaction Stripe has not made yet have no settlement figures.
    settlementCurrency:
      donation.payments.find((payment) => payment.settlementCurrency !== null)
        ?.settlementCurrency ?? null,
    settlementNet: donation.payments.reduce(
      (sum, payment) =>
        payment.settlementNet === null
          ? sum
          : sum + payment.settlementNet - payment.settlementRefunded,
      0,
    ),
  }));
  return { rows, nextCursor: page.nextCursor };
}

/**
 * Donor names and messages awaiting review, oldest first: paid gifts only (an abandoned checkout's
 * name never reaches a public page, so nobody need read it).
 */
export async function listDonationReviewQueue(limit = 20) {
  return db.donation.findMany({
    where: { messageStatus: "PENDING", status: "PAID" },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true,
      createdAt: true,
      publicName: true,
      message: true,
      amount: true,
      currency: true,
    },
  });
}
