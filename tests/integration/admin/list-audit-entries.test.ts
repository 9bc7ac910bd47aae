// The audit trail's list on real PostgreSQL: the shared list rules (lib/lists/list-query.ts) give
// filters, day ranges and keyset pages that neither skip nor repeat a row.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAuditEntries, parseAuditFilters } from "@/lib/admin/list-audit-entries";
import { db } from "@/lib/db";

async function entriesBy(actorEmail: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const entry = await db.auditEntry.create({
      data: { actorEmail, action: "export.pledges", subjectType: "export" },
    });
    ids.push(entry.id);
  }
  return ids.reverse();
}

describe("the audit trail's list", () => {
  it("walks one actor's entries newest first in pages of two, each exactly once", async () => {
    const actor = `list-${randomBytes(4).toString("hex")}@example.org`;
    const newestFirst = await entriesBy(actor, 5);
    await entriesBy(`other-${actor}`, 2);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const filters = parseAuditFilters({ actor: actor.toUpperCase(), cursor });
      const page = await listAuditEntries(filters, 2);
      seen.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);

    expect(seen).toEqual(newestFirst);
    expect(pages).toBe(3);
  });

  it("keeps the days of a range, both included, and none outside it", async () => {
    const actor = `days-${randomBytes(4).toString("hex")}@example.org`;
    const [id] = await entriesBy(actor, 1);
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

    const within = await listAuditEntries(parseAuditFilters({ actor, from: today, to: today }));
    expect(within.rows.map((row) => row.id)).toEqual([id]);
    const before = await listAuditEntries(parseAuditFilters({ actor, to: yesterday }));
    expect(before.rows).toEqual([]);
    const after = await listAuditEntries(parseAuditFilters({ actor, from: tomorrow }));
    expect(after.rows).toEqual([]);
  });
});
