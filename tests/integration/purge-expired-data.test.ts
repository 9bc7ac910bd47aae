import { describe, expect, it } from "vitest";
import { HASHED_IP_RETENTION_HOURS } from "@/lib/campaign/privacy";
import { db, pgPool } from "@/lib/db";
import { emailKey } from "@/lib/pledges/email-key";
import { purgeExpiredData } from "@/lib/privacy/purge-expired-data";

const HOUR = 3_600_000;

async function pledgeAt(email: string, createdAt: Date) {
  return db.pledge.create({
    data: {
      displayName: "Test",
      email,
      emailKey: emailKey(email),
      country: "FR",
      consentAt: createdAt,
      consentNoticeVersion: "test",
      ipHash: "a".repeat(64),
      createdAt,
    },
  });
}

describe("purging expired data", () => {
  it("forgets hashed IP addresses older than the notice promises, and only those", async () => {
    const now = new Date();
    const old = await pledgeAt(
      "old@example.org",
      new Date(now.getTime() - (HASHED_IP_RETENTION_HOURS + 1) * HOUR),
    );
    const recent = await pledgeAt("new@example.org", new Date(now.getTime() - HOUR));
    await pgPool.query(
      "INSERT INTO rate_limits (key, points, expire) VALUES ('gone', 1, $1), ('live', 1, $2)",
      [now.getTime() - 1000, now.getTime() + 60_000],
    );
    await pgPool.query(
      `INSERT INTO "SignInFailure" ("emailHash", "ipHash", "createdAt")
       VALUES ('gone', 'gone', $1), ('live', 'live', $2)`,
      [new Date(now.getTime() - 2 * HOUR), new Date(now.getTime() - 60_000)],
    );

    await pgPool.query(
      `INSERT INTO allowance_buckets ("key", "tokens", "updatedAt") VALUES ('gone', 1, $1), ('live', 1, $2)`,
      [new Date(now.getTime() - (HASHED_IP_RETENTION_HOURS + 1) * HOUR), now],
    );

    const result = await purgeExpiredData(now);

    expect(result).toMatchObject({
      pledges: 1,
      rateLimits: 1,
      signInFailures: 1,
      allowanceBuckets: 1,
    });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: old.id } })).ipHash).toBeNull();
    expect((await db.pledge.findUniqueOrThrow({ where: { id: recent.id } })).ipHash).not.toBeNull();
    const keys = await pgPool.query<{ key: string }>("SELECT key FROM rate_limits ORDER BY key");
    expect(keys.rows.map((row) => row.key)).toEqual(["live"]);
    const failures = await pgPool.query<{ emailHash: string }>(
      'SELECT "emailHash" FROM "SignInFailure"',
    );
    expect(failures.rows.map((row) => row.emailHash)).toEqual(["live"]);
    const buckets = await pgPool.query<{ key: string }>("SELECT key FROM allowance_buckets");
    expect(buckets.rows.map((row) => row.key)).toEqual(["live"]);
    // Running it again changes nothing.
    expect(await purgeExpiredData(now)).toEqual({
      pledges: 0,
      donations: 0,
      rateLimits: 0,
      signInFailures: 0,
      allowanceBuckets: 0,
      unconfirmedPledges: 0,
      confirmationLinks: 0,
    });
  });
});
