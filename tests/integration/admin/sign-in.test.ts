import { describe, expect, it } from "vitest";
import { authorizeStaff } from "@/lib/auth/authorize-staff";
import { SIGN_IN_EMAIL_LIMIT, SIGN_IN_IP_LIMIT } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db";
import { makeStaff, TEST_STAFF_PASSWORD } from "@/tests/support/admin-staff";

let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

describe("staff sign-in with email and password", () => {
  it("lets an active staff member in and records the sign-in", async () => {
    const staff = await makeStaff("REVIEWER");
    const result = await authorizeStaff(
      { email: staff.email.toUpperCase(), password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    expect(result).toMatchObject({ ok: true, user: { id: staff.id, role: "REVIEWER" } });
    const entry = await db.auditEntry.findFirst({
      where: { action: "auth.sign_in", actorId: staff.id },
    });
    expect(entry?.ipHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a wrong password, an unknown email and a disabled account alike, and records each", async () => {
    const staff = await makeStaff("ADMIN");
    const disabled = await makeStaff("REVIEWER");
    await db.user.update({ where: { id: disabled.id }, data: { active: false } });

    const wrong = await authorizeStaff(
      { email: staff.email, password: "not the password" },
      freshIp(),
    );
    const unknown = await authorizeStaff(
      { email: "nobody@example.org", password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    const off = await authorizeStaff(
      { email: disabled.email, password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    expect([wrong, unknown, off]).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    const failures = await db.auditEntry.findMany({
      where: { action: "auth.sign_in_failed" },
      orderBy: { createdAt: "asc" },
    });
    expect(failures.map((entry) => [entry.actorEmail, entry.after])).toEqual(
      expect.arrayContaining([
        [staff.email, { reason: "wrong_password" }],
        ["nobody@example.org", { reason: "unknown_email" }],
        [disabled.email, { reason: "disabled" }],
      ]),
    );
  });

  it("locks an email after the limit of failures, even for the right password, and says how long", async () => {
    const staff = await makeStaff("REVIEWER");
    for (let attempt = 1; attempt <= SIGN_IN_EMAIL_LIMIT.points; attempt++) {
      const result = await authorizeStaff({ email: staff.email, password: "wrong" }, freshIp());
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await authorizeStaff(
      { email: staff.email, password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (locked.ok || locked.reason !== "rate_limited") throw new Error("expected a lock");
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_EMAIL_LIMIT.blockSeconds ?? 0);
    expect(await db.auditEntry.count({ where: { action: "auth.sign_in_rate_limited" } })).toBe(1);
  });

  it("locks an unknown email exactly like a staff email, so the lock reveals nothing", async () => {
    const outcomes: string[] = [];
    for (let attempt = 0; attempt <= SIGN_IN_EMAIL_LIMIT.points; attempt++) {
      const result = await authorizeStaff(
        { email: "not-staff@example.org", password: "guess" },
        freshIp(),
      );
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    expect(outcomes).toEqual([
      ...Array(SIGN_IN_EMAIL_LIMIT.points).fill("invalid"),
      "rate_limited",
    ]);
  });

  it("locks an IP address that tries many emails, at the limit and not before", async () => {
    const ip = "198.51.100.7";
    for (let attempt = 1; attempt <= SIGN_IN_IP_LIMIT.points; attempt++) {
      const result = await authorizeStaff(
        { email: `guess-${attempt}@example.org`, password: "guess" },
        ip,
      );
      expect(result, `attempt ${attempt}`).toEqual({ ok: false, reason: "invalid" });
    }
    const staff = await makeStaff("ADMIN");
    const locked = await authorizeStaff({ email: staff.email, password: TEST_STAFF_PASSWORD }, ip);
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    // Another address is not affected.
    const elsewhere = await authorizeStaff(
      { email: staff.email, password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    expect(elsewhere.ok).toBe(true);
  });
});
