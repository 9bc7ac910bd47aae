import "server-only";
// Donations for staff, newest first, in keyset pages (lib/lists/list-query.ts), with their
// payments' totals.
import { db } from "@/lib/db";
import {
  DonationFrequency,
  DonationStatus,
  type MessageStatus,
} from "@/lib/generated/prisma/enums";
import { findKeysetPage, type KeysetPage, listFilters, listParams } from "@/lib/lists/list-query";

export const parseDonationFilters = listFilters({
  status: listParams.oneOf(DonationStatus),
  frequency: listParams.oneOf(DonationFrequency),
  cursor: listParams.cursor(),
});

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
      where: { status: filters.status, frequency: filters.frequency },
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

/** Donor messages awaiting review, oldest first. */
export async function listDonationReviewQueue(limit = 20) {
  return db.donation.findMany({
    where: { messageStatus: "PENDING" },
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
