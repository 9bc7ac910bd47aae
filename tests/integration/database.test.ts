import { describe, expect, it } from "vitest";
import { db, pgPool } from "@/lib/db";

describe("the test database", () => {
  it("is a migrated copy of its own, empty", async () => {
    const pledges = await db.pledge.count();
    expect(pledges).toBe(0);
    const migrations = await pgPool.query<{ migration_name: string; finished_at: Date | null }>(
      'SELECT migration_name, finished_at FROM "_prisma_migrations"',
    );
    expect(migrations.rows.length).toBeGreaterThan(0);
    expect(migrations.rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("refuses to change or remove audit entries", async () => {
    const entry = await db.auditEntry.create({ data: { action: "test.created" } });
    await expect(
      db.auditEntry.update({ where: { id: entry.id }, data: { action: "test.changed" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect(await db.auditEntry.count()).toBe(1);
  });
});
