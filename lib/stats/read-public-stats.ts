import "server-only";
import { pgPool } from "@/lib/db";
import { isTestMode } from "@/lib/stripe";
import { COUNTER_METRICS, donationMetrics } from "./counter-metrics";

/**
 * The public figures: pledges, and the donations' "donors" (key "") and "raised" (key = currency,
 * value in minor units) counters, which read as 0 and {} until the first gift. The donation figures
 * are those of the mode the site runs in: real money on live keys (and with donations not
 * configured), test money on test keys and the emulator; the other mode's never
 * (docs/decisions/027-donors-and-test-money.md).
 */
export interface PublicStats {
  /** Pledges that count (docs/counting-rule.md). */
  pledges: number;
  /** The same, per ISO 3166-1 alpha-2 country code; countries with none are absent. */
  pledgesByCountry: Record<string, number>;
  donors: number;
  /** Money raised per ISO 4217 currency code (upper case), in minor units. */
  raised: Record<string, number>;
  /** When these figures were read (ISO 8601), so a cached copy says how old it is. */
  readAt: string;
}

/** Whether the site's public donation figures are real money's: not on test keys or the emulator. */
export function publicFiguresAreLive(): boolean {
  return !isTestMode();
}

/**
 * Sums the counter shards: a few rows per figure, whatever the number of pledges (the primary key
 * (metric, key, shard) serves it). Uncached; pages and the API read through getPublicStats. The
 * staff dashboard reads each mode's figures with `livemode`.
 */
export async function readPublicStats(livemode = publicFiguresAreLive()): Promise<PublicStats> {
  const donations = donationMetrics(livemode);
  const result = await pgPool.query<{ metric: string; key: string; total: string }>(
    `SELECT "metric", "key", SUM("value")::text AS "total"
       FROM "CounterShard"
      WHERE "metric" = ANY($1::text[])
      GROUP BY "metric", "key"`,
    [
      [
        COUNTER_METRICS.pledges,
        COUNTER_METRICS.pledgesByCountry,
        donations.donors,
        donations.raised,
      ],
    ],
  );
  const stats: PublicStats = {
    pledges: 0,
    pledgesByCountry: {},
    donors: 0,
    raised: {},
    readAt: new Date().toISOString(),
  };
  for (const row of result.rows) {
    const total = Number(row.total);
    switch (row.metric) {
      case COUNTER_METRICS.pledges:
        stats.pledges += total;
        break;
      case COUNTER_METRICS.pledgesByCountry:
        if (total > 0) stats.pledgesByCountry[row.key] = total;
        break;
      case donations.donors:
        stats.donors += total;
        break;
      case donations.raised:
        if (total !== 0) stats.raised[row.key.toUpperCase()] = total;
        break;
    }
  }
  return stats;
}
