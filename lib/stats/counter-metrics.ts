// The names of the sharded counters (CounterShard.metric). Public figures are sums of these rows;
// see docs/decisions/004-sharded-counters.md.
export const COUNTER_METRICS = {
  /** Counted pledges (the counting rule, docs/counting-rule.md); key "". */
  pledges: "pledges",
  /** Counted pledges per country; key = ISO 3166-1 alpha-2 code. */
  pledgesByCountry: "pledges_by_country",
  /** People who gave (docs/decisions/005-donations-exactly-once.md); key "". */
  donors: "donors",
  /** Money raised in minor units; key = ISO 4217 code. */
  raised: "raised",
} as const;

/**
 * Each write picks one of this many rows of its metric at random, so concurrent pledges rarely
 * wait on the same row lock; a read sums at most this many rows per key.
 */
export const COUNTER_SHARDS = 32;

export function randomShard(): number {
  return Math.floor(Math.random() * COUNTER_SHARDS);
}
