import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COUNTER_METRICS, randomShard } from "@/lib/stats/counter-metrics";

/**
 * Moves the public "donors" and "raised" counters by the given differences inside the caller's
 * transaction, so the counters change if and only if the donation's own change commits. Same
 * sharded upsert as the pledge counters (docs/decisions/004-sharded-counters.md).
 */
export async function adjustDonationCounters(
  tx: Prisma.TransactionClient,
  /** `currency` null: no payment of the donation has a settlement currency yet (raised is 0). */
  change: { donors: number; raised: number; currency: string | null },
): Promise<void> {
  const shard = randomShard();
  if (change.donors !== 0) {
    await tx.$executeRaw`
      INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
      VALUES (${COUNTER_METRICS.donors}, '', ${shard}::smallint, ${change.donors}::bigint)
      ON CONFLICT ("metric", "key", "shard")
      DO UPDATE SET "value" = "CounterShard"."value" + EXCLUDED."value"`;
  }
  if (change.raised !== 0 && change.currency) {
    await tx.$executeRaw`
      INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
      VALUES (${COUNTER_METRICS.raised}, ${change.currency.toUpperCase()}, ${shard}::smallint, ${change.raised}::bigint)
      ON CONFLICT ("metric", "key", "shard")
      DO UPDATE SET "value" = "CounterShard"."value" + EXCLUDED."value"`;
  }
}
