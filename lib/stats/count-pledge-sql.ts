// The SQL that counts one pledge: one added to the total and to its country, each on one shard of
// the counters (docs/decisions/004-sharded-counters.md). A piece of a larger statement, so that the
// pledge and its count commit together: recording a pledge counted at once, and confirming one.

interface CountPledgePlaceholders {
  /** The CTE holding the pledge just counted (one row with a "country" column, or none). */
  from: string;
  /** Placeholders of the shard, the total's metric and the country's metric. */
  shard: string;
  totalMetric: string;
  countryMetric: string;
  /** A condition on the whole statement: nothing is counted unless it holds. */
  onlyIf?: string;
}

/** The body of a data-modifying CTE that counts the pledge in `from`, if there is one. */
export function countPledgeSql(p: CountPledgePlaceholders): string {
  return `INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
  SELECT counter.metric, counter.key, ${p.shard}::smallint, 1
    FROM ${p.from}
   CROSS JOIN LATERAL (VALUES (${p.totalMetric}::text, ''::text), (${p.countryMetric}::text, ${p.from}."country"::text))
         AS counter(metric, key)
   WHERE ${p.onlyIf ?? "true"}
  ON CONFLICT ("metric", "key", "shard")
  DO UPDATE SET "value" = "CounterShard"."value" + EXCLUDED."value"`;
}
