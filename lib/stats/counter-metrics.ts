// The names of the sharded counters (CounterShard.metric). Public figures are sums of these rows;
// see docs/decisions/004-sharded-counters.md.
export const COUNTER_METRICS = {
  /** Counted pledges (the counting rule, docs/counting-rule.md); key "". */
  pledges: "pledges",
  /** Counted pledges per country; key = ISO 3166-1 alpha-2 code. */
  pledgesByCountry: "pledges_by_country",
  /** People who gave real money, once each (docs/decisions/027-donors-and-test-money.md); key "". */
  donors: "donors",
  /** Real money raised in minor units; key = ISO 4217 code. */
  raised: "raised",
  /** The same two for test money (Stripe test mode, the emulator), kept apart from the real ones. */
  testDonors: "donors_test",
  testRaised: "raised_test",
} as const;

/** The donors and raised counters of one Stripe mode (livemode: real money). */
export function donationMetrics(livemode: boolean): { donors: string; raised: string } {
  return livemode
    ? { donors: COUNTER_METRICS.donors, raised: COUNTER_METRICS.raised }
    : { donors: COUNTER_METRICS.testDonors, raised: COUNTER_METRICS.testRaised };
}

/**
 * Each write picks one of this many rows of its metric at random, so concurrent pledges rarely
 * wait on the same row lock; a read sums at most this many rows per key.
 */
export const COUNTER_SHARDS = 32;

export function randomShard(): number {
  return Math.floor(Math.random() * COUNTER_SHARDS);
}
