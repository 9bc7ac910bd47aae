import "server-only";
// Every donation with its payments' totals as a streamed CSV (keyset batches, newest first).
// Amounts are minor units with their currency, as stored: no float rounding on the way out.
import { pgPool } from "@/lib/db";
import { csvStream } from "./csv-stream";
import { EXPORT_BATCH_SIZE } from "./export-pledges-csv";

interface DonationExportRow {
  id: string;
  created_at: Date;
  frequency: string;
  status: string;
  amount: number;
  currency: string;
  public_name: string | null;
  message: string | null;
  message_status: string;
  in_honour_of: string | null;
  paid_at: Date | null;
  ended_at: Date | null;
  disputed: boolean;
  payments: string;
  paid_total: string;
  refunded_total: string;
  settlement_currency: string | null;
  settlement_gross: string;
  settlement_fee: string;
  settlement_net: string;
  settlement_refunded: string;
  livemode: boolean | null;
}

const HEADER = [
  "id",
  "created_at",
  "frequency",
  "status",
  "amount_minor",
  "currency",
  "public_name",
  "message",
  "message_status",
  "in_honour_of",
  "paid_at",
  "ended_at",
  "disputed",
  "payments",
  "paid_total_minor",
  "refunded_total_minor",
  "settlement_currency",
  "settlement_gross_minor",
  "settlement_fee_minor",
  "settlement_net_minor",
  "settlement_refunded_minor",
  // "live" for real money; "test" for Stripe test mode or the emulator (and not known yet).
  "mode",
] as const;

const BATCH_SQL = `
SELECT d."id", d."createdAt" AS created_at, d."frequency", d."status", d."amount", d."currency",
       d."publicName" AS public_name, d."message", d."messageStatus" AS message_status,
       d."inHonourOf" AS in_honour_of, d."paidAt" AS paid_at, d."endedAt" AS ended_at, d."disputed",
       d."livemode",
       COUNT(p."id")::text AS payments,
       COALESCE(SUM(p."amount"), 0)::text AS paid_total,
       COALESCE(SUM(p."amountRefunded"), 0)::text AS refunded_total,
       MIN(p."settlementCurrency") AS settlement_currency,
       COALESCE(SUM(p."settlementAmount"), 0)::text AS settlement_gross,
       COALESCE(SUM(p."settlementFee"), 0)::text AS settlement_fee,
       COALESCE(SUM(p."settlementNet"), 0)::text AS settlement_net,
       COALESCE(SUM(p."settlementRefunded"), 0)::text AS settlement_refunded
  FROM (SELECT * FROM "Donation" WHERE $1::uuid IS NULL OR "id" < $1::uuid
         ORDER BY "id" DESC LIMIT $2) d
  LEFT JOIN "DonationPayment" p ON p."donationId" = d."id"
 GROUP BY d."id", d."createdAt", d."frequency", d."status", d."amount", d."currency", d."publicName",
          d."message", d."messageStatus", d."inHonourOf", d."paidAt", d."endedAt", d."disputed",
          d."livemode"
 ORDER BY d."id" DESC`;

export function exportDonationsCsv(batchSize = EXPORT_BATCH_SIZE): ReadableStream<Uint8Array> {
  return csvStream<DonationExportRow>({
    header: HEADER,
    async nextBatch(cursor) {
      const { rows } = await pgPool.query<DonationExportRow>(BATCH_SQL, [
        cursor ?? null,
        batchSize,
      ]);
      return { rows, cursor: rows.at(-1)?.id };
    },
    toValues: (row) => [
      row.id,
      row.created_at.toISOString(),
      row.frequency,
      row.status,
      row.amount,
      row.currency.toUpperCase(),
      row.public_name,
      row.message,
      row.message_status,
      row.in_honour_of,
      row.paid_at?.toISOString(),
      row.ended_at?.toISOString(),
      row.disputed,
      Number(row.payments),
      Number(row.paid_total),
      Number(row.refunded_total),
      row.settlement_currency?.toUpperCase(),
      Number(row.settlement_gross),
      Number(row.settlement_fee),
      Number(row.settlement_net),
      Number(row.settlement_refunded),
      row.livemode === true ? "live" : "test",
    ],
  });
}
