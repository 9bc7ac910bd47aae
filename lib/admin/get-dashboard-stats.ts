import "server-only";
// The dashboard's figures. Totals come from the sharded counters (a few rows whatever the size);
// the per-day series and the money from indexed aggregates. Real money and test money are kept
// apart (Stripe's livemode): the main figures are real money's, test money's are shown beside them,
// labelled (docs/decisions/027-donors-and-test-money.md).
import { pgPool } from "@/lib/db";
import { readPublicStats } from "@/lib/stats/read-public-stats";

export const DASHBOARD_DAYS = 30;

/** Money per donation currency and in the settlement currency, for one Stripe mode. */
export interface DashboardMoney {
  /** Paid money per donation currency, minor units; refunds shown apart and subtracted in net. */
  byCurrency: Array<{ currency: string; gross: number; refunded: number }>;
  /** The same in the Stripe account's settlement currency, with fees. */
  settlement: Array<{
    currency: string;
    gross: number;
    fees: number;
    net: number;
    refunded: number;
  }>;
}

export interface DashboardStats {
  pledges: number;
  spam: number;
  /** Signed while PLEDGE_CONFIRMATION=required and not confirmed yet: stored, not counted. */
  unconfirmed: number;
  awaitingReview: number;
  /** People who gave real money (the public figure on live keys). */
  donors: number;
  /** Every day of the last DASHBOARD_DAYS (UTC), oldest first, zero days included. */
  perDay: Array<{ day: string; count: number }>;
  topCountries: Array<{ country: string; count: number }>;
  /** Real money paid per donation currency, minor units; refunds apart and subtracted in net. */
  byCurrency: DashboardMoney["byCurrency"];
  /** The same in the Stripe account's settlement currency, with fees. */
  settlement: DashboardMoney["settlement"];
  /** Test money (Stripe test mode, the emulator): never in the figures above nor in public ones. */
  test: DashboardMoney & { donors: number };
}

type CurrencyRow = { livemode: boolean; currency: string; gross: string; refunded: string };
type SettlementRow = CurrencyRow & { fees: string; net: string };

function moneyOf(
  livemode: boolean,
  byCurrency: CurrencyRow[],
  settlement: SettlementRow[],
): DashboardMoney {
  return {
    byCurrency: byCurrency
      .filter((row) => row.livemode === livemode)
      .map((row) => ({
        currency: row.currency,
        gross: Number(row.gross),
        refunded: Number(row.refunded),
      })),
    settlement: settlement
      .filter((row) => row.livemode === livemode)
      .map((row) => ({
        currency: row.currency,
        gross: Number(row.gross),
        fees: Number(row.fees),
        net: Number(row.net),
        refunded: Number(row.refunded),
      })),
  };
}

export async function getDashboardStats(now = new Date()): Promise<DashboardStats> {
  const since = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (DASHBOARD_DAYS - 1)),
  );
  const [stats, testStats, counts, perDay, byCurrency, settlement] = await Promise.all([
    readPublicStats(true),
    readPublicStats(false),
    pgPool.query<{ spam: string; awaiting: string; unconfirmed: string }>(
      `SELECT (SELECT COUNT(*) FROM "Pledge" WHERE "status" = 'SPAM')::text AS spam,
              (SELECT COUNT(*) FROM "Pledge" WHERE "status" = 'UNCONFIRMED')::text AS unconfirmed,
              (SELECT COUNT(*) FROM "Pledge"
                WHERE "messageStatus" = 'PENDING' AND "status" = 'ACTIVE')::text AS awaiting`,
    ),
    pgPool.query<{ day: string; count: string }>(
      `SELECT to_char(date_trunc('day', "createdAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day,
              COUNT(*)::text AS count
         FROM "Pledge"
        WHERE "createdAt" >= $1 AND "status" = 'ACTIVE'
        GROUP BY 1`,
      [since],
    ),
    pgPool.query<CurrencyRow>(
      `SELECT "livemode", upper("currency") AS currency, SUM("amount")::text AS gross,
              SUM("amountRefunded")::text AS refunded
         FROM "DonationPayment" GROUP BY 1, 2 ORDER BY 2`,
    ),
    pgPool.query<SettlementRow>(
      `SELECT "livemode", upper("settlementCurrency") AS currency,
              SUM("settlementAmount")::text AS gross,
              SUM("settlementFee")::text AS fees, SUM("settlementNet")::text AS net,
              SUM("settlementRefunded")::text AS refunded
         FROM "DonationPayment"
        -- Settled payments only: the others have no balance transaction yet (decision 023).
        WHERE "settlementCurrency" IS NOT NULL
        GROUP BY 1, 2 ORDER BY 2`,
    ),
  ]);
  const live = moneyOf(true, byCurrency.rows, settlement.rows);

  const byDay = new Map(perDay.rows.map((row) => [row.day, Number(row.count)]));
  const days: DashboardStats["perDay"] = [];
  for (let offset = 0; offset < DASHBOARD_DAYS; offset++) {
    const day = new Date(since.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    days.push({ day, count: byDay.get(day) ?? 0 });
  }

  return {
    pledges: stats.pledges,
    spam: Number(counts.rows[0]?.spam ?? 0),
    unconfirmed: Number(counts.rows[0]?.unconfirmed ?? 0),
    awaitingReview: Number(counts.rows[0]?.awaiting ?? 0),
    donors: stats.donors,
    perDay: days,
    topCountries: Object.entries(stats.pledgesByCountry)
      .map(([country, count]) => ({ country, count }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
      .slice(0, 10),
    byCurrency: live.byCurrency,
    settlement: live.settlement,
    test: { donors: testStats.donors, ...moneyOf(false, byCurrency.rows, settlement.rows) },
  };
}
