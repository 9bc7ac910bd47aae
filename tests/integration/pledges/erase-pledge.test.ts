import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { markPledgeSpam } from "@/lib/pledges/change-pledge-status";
import { emailKey } from "@/lib/pledges/email-key";
import { erasePledge } from "@/lib/pledges/erase-pledge";
import { adjustPledgeCounters } from "@/lib/stats/adjust-pledge-counters";
import { readPublicStats } from "@/lib/stats/read-public-stats";

/** A counted pledge, with its counters moved the way recording one moves them. */
async function countedPledge(email: string, country = "KE") {
  return db.$transaction(async (tx) => {
    const pledge = await tx.pledge.create({
      data: {
        displayName: "Amina",
        email,
        emailKey: emailKey(email),
        country,
        message: "With you",
        messageStatus: "PENDING",
        consentAt: new Date(),
        consentNoticeVersion: "2026-11-28",
      },
    });
    await adjustPledgeCounters(tx, country, 1);
    return pledge;
  });
}

describe("erasing a pledge on request", () => {
  // The tests of this file share one database: each compares the counters before and after.
  it("deletes the row and takes it out of the counters, once, however often it is asked", async () => {
    const pledge = await countedPledge("erase-me@example.org");
    await countedPledge("stays@example.org");
    const before = await readPublicStats();

    const results = await Promise.all(Array.from({ length: 5 }, () => erasePledge(pledge.id)));

    expect(results.filter((result) => result.changed)).toHaveLength(1);
    expect(await db.pledge.findUnique({ where: { id: pledge.id } })).toBeNull();
    const after = await readPublicStats();
    expect(after.pledges).toBe(before.pledges - 1);
    expect(after.pledgesByCountry.KE).toBe((before.pledgesByCountry.KE ?? 0) - 1);
  });

  it("leaves the counters alone for a pledge that had stopped counting (spam)", async () => {
    const pledge = await countedPledge("spammer@example.org", "FR");
    await markPledgeSpam(pledge.id);
    const before = await readPublicStats();

    const result = await erasePledge(pledge.id);

    expect(result.changed).toBe(true);
    expect(await readPublicStats()).toMatchObject({
      pledges: before.pledges,
      pledgesByCountry: before.pledgesByCountry,
    });
    expect(await db.pledge.findUnique({ where: { id: pledge.id } })).toBeNull();
  });

  it("reports only statuses to the audit trail, and rolls back if the audit fails", async () => {
    const pledge = await countedPledge("audited@example.org");
    const before = await readPublicStats();
    await expect(
      erasePledge(pledge.id, {
        audit: async () => {
          throw new Error("audit trail unavailable");
        },
      }),
    ).rejects.toThrow("audit trail unavailable");
    expect(await db.pledge.findUnique({ where: { id: pledge.id } })).not.toBeNull();
    expect((await readPublicStats()).pledges).toBe(before.pledges);

    let reported: unknown;
    await erasePledge(pledge.id, {
      audit: async (change) => {
        reported = change;
      },
    });
    expect(reported).toEqual({
      pledgeId: pledge.id,
      changed: true,
      before: { status: "ACTIVE", messageStatus: "PENDING" },
      after: null,
    });
    expect(JSON.stringify(reported)).not.toContain("audited@example.org");
  });

  it("ignores an id that is not a pledge id", async () => {
    expect(await erasePledge("not-a-uuid")).toMatchObject({ changed: false });
    expect(await erasePledge("01900000-0000-7000-8000-000000000000")).toMatchObject({
      changed: false,
    });
  });
});
