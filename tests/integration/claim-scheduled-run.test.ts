import { describe, expect, it } from "vitest";
import { claimScheduledRun } from "@/lib/database/claim-scheduled-run";
import { pgPool } from "@/lib/db";

const HOUR = 3_600_000;

describe("claiming a background chore's turn", () => {
  it("gives the turn to exactly one of many processes claiming at once", async () => {
    const claims = await Promise.all(
      Array.from({ length: 12 }, () => claimScheduledRun("chore-at-once", HOUR)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("refuses a second run within the period and allows one after it", async () => {
    expect(await claimScheduledRun("chore-later", HOUR)).toBe(true);
    expect(await claimScheduledRun("chore-later", HOUR)).toBe(false);
    // The last run was two hours ago: the turn is free again, for one claimer.
    await pgPool.query(
      `UPDATE "ScheduledRun" SET "lastRunAt" = now() - interval '2 hours' WHERE name = $1`,
      ["chore-later"],
    );
    const claims = await Promise.all([
      claimScheduledRun("chore-later", HOUR),
      claimScheduledRun("chore-later", HOUR),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("keeps each chore's turn apart", async () => {
    expect(await claimScheduledRun("chore-a", HOUR)).toBe(true);
    expect(await claimScheduledRun("chore-b", HOUR)).toBe(true);
  });
});
