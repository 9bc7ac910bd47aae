import { describe, expect, it } from "vitest";
import { listPledges } from "@/lib/admin/list-pledges";
import { listReviewQueue } from "@/lib/admin/list-review-queue";
import { moderatePledges } from "@/lib/admin/moderate-pledges";
import { parsePledgeFilters } from "@/lib/admin/pledge-filters";
import { db } from "@/lib/db";
import { recordPledge } from "@/lib/pledges/record-pledge";
import { readPublicStats } from "@/lib/stats/read-public-stats";
import { makeStaff } from "@/tests/support/admin-staff";
import { pledgeContext, pledgeInput } from "../pledges/pledge-test-input";

async function signed(overrides: Record<string, unknown> = {}): Promise<string> {
  const input = pledgeInput(overrides);
  expect(await recordPledge(input, pledgeContext())).toEqual({
    ok: true,
    value: { counted: true, awaitingConfirmation: false },
  });
  return (await db.pledge.findFirstOrThrow({ where: { email: String(input.email) } })).id;
}

describe("staff review of pledges", () => {
  it("moves the public counter down by one on spam and up by one on not spam, with an audit entry each", async () => {
    const reviewer = await makeStaff("REVIEWER");
    const id = await signed({ country: "BR" });
    await signed({ country: "BR" });
    const start = await readPublicStats();

    expect(await moderatePledges([id], "spam", reviewer)).toEqual({ changed: 1, unchanged: 0 });
    const afterSpam = await readPublicStats();
    expect(afterSpam.pledges).toBe(start.pledges - 1);
    expect(afterSpam.pledgesByCountry.BR).toBe((start.pledgesByCountry.BR ?? 0) - 1);

    // Again: nothing moves and nothing is recorded.
    expect(await moderatePledges([id], "spam", reviewer)).toEqual({ changed: 0, unchanged: 1 });
    expect((await readPublicStats()).pledges).toBe(start.pledges - 1);

    await moderatePledges([id], "not_spam", reviewer);
    expect((await readPublicStats()).pledges).toBe(start.pledges);

    const entries = await db.auditEntry.findMany({
      where: { subjectType: "pledge", subjectId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual([
      "pledge.marked_spam",
      "pledge.marked_not_spam",
    ]);
    expect(entries[0]).toMatchObject({
      actorId: reviewer.id,
      actorEmail: reviewer.email,
      before: { status: "ACTIVE" },
      after: { status: "SPAM" },
    });
  });

  it("approves and rejects messages, in bulk too, and records who did it", async () => {
    const reviewer = await makeStaff("REVIEWER");
    const a = await signed({ message: "Never again", showOnWall: true });
    const b = await signed({ message: "Free them all", showOnWall: true });
    const c = await signed({ message: "Stand together", showOnWall: true });

    const queue = await listReviewQueue();
    expect(queue.rows.map((row) => row.id)).toEqual(expect.arrayContaining([a, b, c]));
    // Oldest first.
    const positions = [a, b, c].map((id) => queue.rows.findIndex((row) => row.id === id));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));

    expect(await moderatePledges([a, b], "approve", reviewer)).toEqual({
      changed: 2,
      unchanged: 0,
    });
    await moderatePledges([c], "reject", reviewer);
    const statuses = await db.pledge.findMany({
      where: { id: { in: [a, b, c] } },
      select: { id: true, messageStatus: true },
    });
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.messageStatus]))).toEqual({
      [a]: "APPROVED",
      [b]: "APPROVED",
      [c]: "REJECTED",
    });
    expect(await db.auditEntry.count({ where: { action: "pledge.message_approved" } })).toBe(2);
    const rejected = await db.auditEntry.findFirstOrThrow({
      where: { action: "pledge.message_rejected" },
    });
    expect(rejected).toMatchObject({
      subjectId: c,
      actorId: reviewer.id,
      before: { messageStatus: "PENDING" },
      after: { messageStatus: "REJECTED" },
    });
    expect((await listReviewQueue()).rows.map((row) => row.id)).not.toContain(a);
  });

  it("keeps the audit trail append-only for staff entries", async () => {
    const reviewer = await makeStaff("REVIEWER");
    const id = await signed();
    await moderatePledges([id], "spam", reviewer);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { subjectId: id } });
    await expect(
      db.auditEntry.update({ where: { id: entry.id }, data: { actorEmail: "someone@else.org" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.deleteMany({ where: { subjectId: id } })).rejects.toThrow(
      /append-only/,
    );
    expect((await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).actorEmail).toBe(
      reviewer.email,
    );
  });

  it("filters and pages through pledges with a cursor, newest first", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) {
      ids.push(await signed({ displayName: `Cursor Person ${index}`, country: "IS" }));
    }
    const filters = parsePledgeFilters({ country: "is" });
    const first = await listPledges(filters, 2);
    expect(first.rows.map((row) => row.id)).toEqual([ids[4], ids[3]]);
    const second = await listPledges({ ...filters, cursor: first.nextCursor ?? undefined }, 2);
    expect(second.rows.map((row) => row.id)).toEqual([ids[2], ids[1]]);
    const third = await listPledges({ ...filters, cursor: second.nextCursor ?? undefined }, 2);
    expect(third.rows.map((row) => row.id)).toEqual([ids[0]]);
    expect(third.nextCursor).toBeNull();

    const byName = await listPledges(parsePledgeFilters({ q: "cursor person 3" }));
    expect(byName.rows.map((row) => row.id)).toEqual([ids[3]]);
    const email = (await db.pledge.findUniqueOrThrow({ where: { id: ids[1] ?? "" } })).email;
    const byEmail = await listPledges(parsePledgeFilters({ q: email.toUpperCase() }));
    expect(byEmail.rows.map((row) => row.id)).toEqual([ids[1]]);
    const none = await listPledges(parsePledgeFilters({ country: "IS", status: "SPAM" }));
    expect(none.rows).toEqual([]);
  });
});
