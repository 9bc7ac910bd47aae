import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { markPledgeNotSpam, markPledgeSpam } from "@/lib/pledges/change-pledge-status";
import { listWallSupporters } from "@/lib/pledges/list-wall-supporters";
import { approvePledgeMessage, rejectPledgeMessage } from "@/lib/pledges/moderate-pledge-message";
import { recordPledge } from "@/lib/pledges/record-pledge";
import { readPublicStats } from "@/lib/stats/read-public-stats";
import { pledgeContext, pledgeInput } from "./pledge-test-input";

async function signed(overrides: Record<string, unknown> = {}): Promise<string> {
  const input = pledgeInput(overrides);
  const result = await recordPledge(input, pledgeContext());
  expect(result).toEqual({ ok: true, value: { counted: true, awaitingConfirmation: false } });
  const row = await db.pledge.findFirstOrThrow({ where: { email: String(input.email) } });
  return row.id;
}

async function counterMatchesRows(): Promise<void> {
  const stats = await readPublicStats();
  expect(stats.pledges).toBe(await db.pledge.count({ where: { status: "ACTIVE" } }));
  const byCountry = await db.pledge.groupBy({
    by: ["country"],
    where: { status: "ACTIVE" },
    _count: { _all: true },
  });
  expect(stats.pledgesByCountry).toEqual(
    Object.fromEntries(byCountry.map((group) => [group.country, group._count._all])),
  );
}

describe("marking pledges spam", () => {
  it("moves the counter down by exactly one, also when done twice", async () => {
    const id = await signed({ country: "NG" });
    await signed({ country: "NG" });
    const before = await readPublicStats();

    const first = await markPledgeSpam(id);
    expect(first).toMatchObject({
      changed: true,
      before: { status: "ACTIVE" },
      after: { status: "SPAM" },
    });
    const second = await markPledgeSpam(id);
    expect(second).toMatchObject({
      changed: false,
      before: { status: "SPAM" },
      after: { status: "SPAM" },
    });

    const after = await readPublicStats();
    expect(after.pledges).toBe(before.pledges - 1);
    expect(after.pledgesByCountry.NG).toBe((before.pledgesByCountry.NG ?? 0) - 1);
    await counterMatchesRows();
  });

  it("moves the counter back up by exactly one on unspam, also when done twice", async () => {
    const id = await signed({ country: "PH" });
    await markPledgeSpam(id);
    const before = await readPublicStats();

    expect((await markPledgeNotSpam(id)).changed).toBe(true);
    expect((await markPledgeNotSpam(id)).changed).toBe(false);

    const after = await readPublicStats();
    expect(after.pledges).toBe(before.pledges + 1);
    expect(after.pledgesByCountry.PH).toBe((before.pledgesByCountry.PH ?? 0) + 1);
    await counterMatchesRows();
  });

  it("moves the counter by one when ten moderators mark the same pledge at once", async () => {
    const id = await signed();
    const before = await readPublicStats();
    const changes = await Promise.all(Array.from({ length: 10 }, () => markPledgeSpam(id)));
    expect(changes.filter((change) => change.changed)).toHaveLength(1);
    expect((await readPublicStats()).pledges).toBe(before.pledges - 1);
    await counterMatchesRows();
  });

  it("does nothing for a pledge that does not exist or an id that is not one", async () => {
    const before = await readPublicStats();
    expect(await markPledgeSpam("0190d4c6-0000-7000-8000-000000000000")).toMatchObject({
      changed: false,
      before: null,
    });
    expect(await markPledgeSpam("not-a-uuid")).toMatchObject({ changed: false, before: null });
    expect((await readPublicStats()).pledges).toBe(before.pledges);
  });

  it("hands the change to the audit callback inside the transaction, and rolls back if it fails", async () => {
    const id = await signed();
    const audited: unknown[] = [];
    await markPledgeSpam(id, {
      audit: async (change, tx) => {
        audited.push(change);
        await tx.auditEntry.create({
          data: { action: "pledge.spam", subjectType: "pledge", subjectId: change.pledgeId },
        });
      },
    });
    expect(audited).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { subjectId: id } })).toBe(1);

    const before = await readPublicStats();
    await expect(
      markPledgeNotSpam(id, {
        audit: async () => {
          throw new Error("audit store unavailable");
        },
      }),
    ).rejects.toThrow("audit store unavailable");
    expect((await db.pledge.findUniqueOrThrow({ where: { id } })).status).toBe("SPAM");
    expect((await readPublicStats()).pledges).toBe(before.pledges);
  });
});

describe("moderating messages and the supporter wall", () => {
  it("shows an opted-in supporter at once, and the message only after approval", async () => {
    const id = await signed({
      displayName: "Wall Person",
      country: "IN",
      showOnWall: true,
      message: "Stand with survivors",
    });
    let page = await listWallSupporters();
    expect(page.supporters.find((supporter) => supporter.id === id)).toEqual({
      id,
      displayName: "Wall Person",
      country: "IN",
      message: null,
    });

    expect((await approvePledgeMessage(id)).changed).toBe(true);
    expect((await approvePledgeMessage(id)).changed).toBe(false);
    page = await listWallSupporters();
    expect(page.supporters.find((supporter) => supporter.id === id)?.message).toBe(
      "Stand with survivors",
    );

    expect((await rejectPledgeMessage(id)).changed).toBe(true);
    page = await listWallSupporters();
    expect(page.supporters.find((supporter) => supporter.id === id)?.message).toBeNull();
  });

  it("never shows a supporter who did not opt in, nor one marked spam, nor any email", async () => {
    const hidden = await signed({ displayName: "Private Person", showOnWall: false });
    const spam = await signed({ displayName: "Spammer", showOnWall: true });
    await markPledgeSpam(spam);
    const page = await listWallSupporters({ limit: 100 });
    const ids = page.supporters.map((supporter) => supporter.id);
    expect(ids).not.toContain(hidden);
    expect(ids).not.toContain(spam);
    expect(JSON.stringify(page)).not.toContain("@");
  });

  it("has nothing to approve on a pledge without a message", async () => {
    const id = await signed({ message: "" });
    expect(await approvePledgeMessage(id)).toMatchObject({
      changed: false,
      after: { messageStatus: "NONE" },
    });
  });

  it("pages newest first with a cursor, without repeats or gaps", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      ids.push(await signed({ displayName: `Pager ${index}`, showOnWall: true }));
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listWallSupporters({ cursor, limit: 3 });
      seen.push(...page.supporters.map((supporter) => supporter.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    const expected = (
      await db.pledge.findMany({
        where: { showOnWall: true, status: "ACTIVE" },
        orderBy: { id: "desc" },
        select: { id: true },
      })
    ).map((row) => row.id);
    expect(seen).toEqual(expected);
    // The newest signer comes first.
    expect(seen[0]).toBe(ids.at(-1));
  });
});
