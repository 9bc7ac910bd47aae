import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { donationMetrics, randomShard } from "@/lib/stats/counter-metrics";

/**
 * Moves the public "donors" and "raised" counters of one Stripe mode (real or test money) by the
 * given differences inside the caller's transaction, so the counters change if and only if the
 * donation's own change commits. Same sharded upsert as the pledge counters
 * (docs/decisions/004-sharded-counters.md). `donors` moves by people, not gifts: the caller passes
 * +1 or -1 only when a donor identity starts or stops counting (record-donor.ts).
 */
export async function adjustDonationCounters(
  tx: Prisma.TransactionClient,
  /** `currency` null: no payment of the donation has a settlement currency yet (raised is 0). */
  change: { livemode: boolean; donors: number; raised: number; currency: string | null },
): Promise<void> {
  const shard = randomShard();
  const metrics = donationMetrics(change.livemode);
  if (change.donors !== 0) {
    await tx.$executeRaw`
      INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
      VALUES (${metrics.donors}, '', ${shard}::smallint, ${change.donors}::bigint)
      ON CONFLICT ("metric", "key", "shard")
      DO UPDATE SET "value" = "CounterShard"."value" + EXCLUDED."value"`;
  }
  if (change.raised !== 0 && change.currency) {
    await tx.$executeRaw`
      INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
      VALUES (${metrics.raised}, ${change.currency.toUpperCase()}, ${shard}::smallint, ${change.raised}::bigint)
      ON CONFLICT ("metric", "key", "shard")
      DO UPDATE SET "value" = "CounterShard"."value" + EXCLUDED."value"`;
  }
}
