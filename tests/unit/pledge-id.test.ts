import { describe, expect, it } from "vitest";
import { newPledgeId } from "@/lib/pledges/new-pledge-id";

describe("newPledgeId", () => {
  it("makes version 7 UUIDs", () => {
    expect(newPledgeId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("sorts ids in the order they were made, also within one millisecond", () => {
    const now = Date.now() + 10_000;
    const ids = Array.from({ length: 5000 }, () => newPledgeId(now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("puts the time in the first 48 bits", () => {
    const now = Date.UTC(2030, 0, 1);
    const id = newPledgeId(now + 60_000);
    expect(Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16)).toBeGreaterThanOrEqual(now);
  });
});
