import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COUNTER_METRICS, randomShard } from "./counter-metrics";

/**
 * Moves the pledge total and the pledge's country by `delta` inside the caller's transaction, so the
 * counter changes if and only if the pledge's own change commits. Both rows are written by one
 * statement in a fixed order, which keeps concurrent writers from deadlocking.
 */
export async function adjustPledgeCounters(
  tx: Prisma.TransactionClient,
  country: string,
  delta: 1 | -1,
): Promise<void> {
  const shard = randomShard();
  await tx.$executeRaw`
    INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
    VALUES (${COUNTER_METRICS.pledges}, '', ${shard}::smallint, ${delta}::bigint),
           (${COUNTER_METRICS.pledgesByCountry}, ${country}, ${shard}::smallint, ${delta}::bigint)
    ON CONFLICT ("metric", "key", "shard")
    DO UPDATE SET "value" = "CounterShard"."value" + EXCLUDED."value"`;
}
