// lib/db.ts without DATABASE_URL: importing it connects to nothing (pages are built without a
// database), and the first query says what to set, instead of trying some server on localhost.
import { afterAll, describe, expect, it, vi } from "vitest";

vi.stubEnv("DATABASE_URL", "");
const { db, disconnectDb, pgPool } = await import("@/lib/db");

afterAll(async () => {
  await disconnectDb();
  vi.unstubAllEnvs();
});

describe("the database client without DATABASE_URL", () => {
  it("imports without connecting, and the first query names the missing variable", async () => {
    expect(pgPool.totalCount).toBe(0);
    await expect(pgPool.query("SELECT 1")).rejects.toThrow(/DATABASE_URL is not set/);
    await expect(db.pledge.count()).rejects.toThrow(/DATABASE_URL is not set/);
  });
});
