import "server-only";
// Donations for staff, newest first, keyset pages on the id, with their payments' totals.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  DonationFrequency,
  DonationStatus,
  MessageStatus,
} from "@/lib/generated/prisma/enums";

const one = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined);

const donationFiltersSchema = z.object({
  status: one
    .pipe(z.enum(["PENDING", "PROCESSING", "PAID", "FAILED", "EXPIRED"]).optional())
    .catch(undefined),
  frequency: one.pipe(z.enum(["ONE_TIME", "MONTHLY"]).optional()).catch(undefined),
  cursor: one.pipe(z.uuid().optional()).catch(undefined),
});

export type DonationFilters = z.infer<typeof donationFiltersSchema>;

export function parseDonationFilters(
  params: Record<string, string | string[] | undefined>,
): DonationFilters {
  return donationFiltersSchema.parse(params);
}

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
): Promise<{ rows: DonationRow[]; nextCursor: string | null }> {
  const where: Prisma.DonationWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.frequency) where.frequency = filters.frequency;
  if (filters.cursor) where.id = { lt: filters.cursor };
  const donations = await db.donation.findMany({
    where,
    orderBy: { id: "desc" },
    take: pageSize + 1,
    include: {
      payments: {
        select: {
          amount: true,
          amountRefunded: true,
          settlementCurrency: true,
          settlementNet: true,
          settlementRefunded: true,
        },
      },
    },
  });
  const hasMore = donations.length > pageSize;
  const page = hasMore ? donations.slice(0, pageSize) : donations;
  const rows = page.map((donation) => ({
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
    settlementCurrency: donation.payments[0]?.settlementCurrency ?? null,
    settlementNet: donation.payments.reduce(
      (sum, payment) => sum + payment.settlementNet - payment.settlementRefunded,
      0,
    ),
  }));
  return { rows, nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
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
