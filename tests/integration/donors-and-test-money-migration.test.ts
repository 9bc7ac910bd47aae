// The migration donors_and_test_money on a database that already holds donations (decision 027):
// what was counted before stays counted, as test money (never shown as real), each counted
// donation standing for its own donor until the sweep re-reads it.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, databaseUrl, dropDatabase } from "@/lib/database/admin";
import { listMigrationNames } from "@/lib/database/migration-names";
import { migrationsDir } from "@/lib/database/migrations";
import { env } from "@/lib/env";

const MIGRATION = "20261204182000_donors_and_test_money";
const serverUrl = databaseUrl(env.DATABASE_URL ?? "", "postgres");
const name = `bh_test_migration_${randomBytes(5).toString("hex")}`;

afterAll(async () => {
  await dropDatabase(serverUrl, name);
});

async function runMigration(client: pg.Client, migration: string): Promise<void> {
  await client.query(await readFile(join(migrationsDir, migration, "migration.sql"), "utf8"));
}

describe("the donors_and_test_money migration", () => {
  it("moves earlier counts to the test counters and gives each counted donation its own donor", async () => {
    await createDatabase(serverUrl, name);
    const client = new pg.Client({ connectionString: databaseUrl(serverUrl, name) });
    await client.connect();
    try {
      const names = await listMigrationNames(migrationsDir);
      expect(names).toContain(MIGRATION);
      for (const migration of names.slice(0, names.indexOf(MIGRATION))) {
        await runMigration(client, migration);
      }
      // Two paid donations counted as donors (the old rule: one per donation), one pending.
      const donations = await client.query<{ id: string }>(`
        INSERT INTO "Donation" ("id", "updatedAt", "frequency", "status", "amount", "currency",
                                "countedDonor", "countedRaised", "countedCurrency")
        VALUES (gen_random_uuid(), now(), 'ONE_TIME', 'PAID', 2500, 'usd', true, 2500, 'usd'),
               (gen_random_uuid(), now(), 'ONE_TIME', 'PAID', 1000, 'usd', true, 1000, 'usd'),
               (gen_random_uuid(), now(), 'ONE_TIME', 'PENDING', 500, 'usd', false, 0, NULL)
        RETURNING "id"`);
      const [first] = donations.rows;
      await client.query(
        `INSERT INTO "DonationPayment" ("id", "updatedAt", "donationId", "stripePaymentIntentId",
                                        "stripeChargeId", "amount", "currency", "paidAt")
         VALUES (gen_random_uuid(), now(), $1, 'pi_old', 'ch_old', 2500, 'usd', now())`,
        [first?.id],
      );
      await client.query(`
        INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
        VALUES ('donors', '', 3, 2), ('raised', 'USD', 3, 3500), ('pledges', '', 1, 7)`);

      await runMigration(client, MIGRATION);

      const counters = await client.query(
        `SELECT "metric", "key", SUM("value")::int AS "total" FROM "CounterShard"
          GROUP BY 1, 2 ORDER BY 1, 2`,
      );
      expect(counters.rows).toEqual([
        { metric: "donors_test", key: "", total: 2 },
        { metric: "pledges", key: "", total: 7 },
        { metric: "raised_test", key: "USD", total: 3500 },
      ]);
      const identities = await client.query(
        `SELECT i."livemode", i."donations", i."key" = 'donation:' || d."id"::text AS "ownKey"
           FROM "DonorIdentity" i JOIN "Donation" d ON d."donorIdentityId" = i."id"`,
      );
      expect(identities.rows).toEqual([
        { livemode: false, donations: 1, ownKey: true },
        { livemode: false, donations: 1, ownKey: true },
      ]);
      const modes = await client.query(
        `SELECT (SELECT array_agg(DISTINCT "livemode") FROM "DonationPayment") AS payments,
                (SELECT count(*)::int FROM "Donation" WHERE "livemode" IS NULL) AS unknown`,
      );
      expect(modes.rows[0]).toEqual({ payments: [false], unknown: 3 });
    } finally {
      await client.end();
    }
  });
});
