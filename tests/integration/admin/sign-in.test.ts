import { describe, expect, it } from "vitest";
import { authorizeStaff } from "@/lib/auth/authorize-staff";
import { signInEmailHash } from "@/lib/auth/sign-in-failures";
import {
  emailBackoffSeconds,
  SIGN_IN_EMAIL_BACKOFF,
  SIGN_IN_IP_LIMIT,
  SIGN_IN_PAIR_LIMIT,
} from "@/lib/auth/sign-in-limits";
import { db, pgPool } from "@/lib/db";
import { makeStaff, TEST_STAFF_PASSWORD } from "@/tests/support/admin-staff";

let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

const outcome = (result: Awaited<ReturnType<typeof authorizeStaff>>) =>
  result.ok ? "ok" : result.error.code;

const failuresOf = (email: string) =>
  db.signInFailure.count({ where: { emailHash: signInEmailHash(email) } });

async function failFrom(ip: string, email: string, times: number): Promise<string[]> {
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < times; attempt++) {
    outcomes.push(outcome(await authorizeStaff({ email, password: "a wrong guess" }, ip)));
  }
  return outcomes;
}

describe("staff sign-in with email and password", () => {
  it("lets an active staff member in and records the sign-in", async () => {
    const staff = await makeStaff("REVIEWER");
    const result = await authorizeStaff(
      { email: staff.email.toUpperCase(), password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    expect(result).toMatchObject({ ok: true, value: { id: staff.id, role: "REVIEWER" } });
    const entry = await db.auditEntry.findFirst({
      where: { action: "auth.sign_in", actorId: staff.id },
    });
    expect(entry?.ipHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a wrong password, an unknown email and a disabled account alike, in the failures table and not the audit trail", async () => {
    const staff = await makeStaff("ADMIN");
    const disabled = await makeStaff("REVIEWER");
    await db.user.update({ where: { id: disabled.id }, data: { active: false } });
    const auditRowsBefore = await db.auditEntry.count();

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
      { ok: false, error: { code: "invalid" } },
      { ok: false, error: { code: "invalid" } },
      { ok: false, error: { code: "invalid" } },
    ]);
    expect(await db.auditEntry.count()).toBe(auditRowsBefore);
    for (const email of [staff.email, "nobody@example.org", disabled.email]) {
      expect(await failuresOf(email), email).toBe(1);
    }
    // The table holds no email in clear.
    const rows = await pgPool.query('SELECT * FROM "SignInFailure"');
    expect(JSON.stringify(rows.rows)).not.toContain("@");
  });

  it("locks only the address that failed: the right password from another address still signs in", async () => {
    const staff = await makeStaff("ADMIN");
    const attacker = freshIp();
    expect(await failFrom(attacker, staff.email, SIGN_IN_PAIR_LIMIT.points)).toEqual(
      Array(SIGN_IN_PAIR_LIMIT.points).fill("invalid"),
    );
    // The attacker's address is locked for this email, even with the right password...
    const locked = await authorizeStaff(
      { email: staff.email, password: TEST_STAFF_PASSWORD },
      attacker,
    );
    if (locked.ok || locked.error.code !== "rateLimited") throw new Error("expected a lock");
    expect(locked.error.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.error.retryAfterSeconds).toBeLessThanOrEqual(
      SIGN_IN_PAIR_LIMIT.blockSeconds ?? 0,
    );
    // ...and the staff member, at their own desk, is not.
    const atTheirDesk = await authorizeStaff(
      { email: staff.email, password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    expect(atTheirDesk).toMatchObject({ ok: true, value: { id: staff.id } });
  });

  it("audits the lock-out of a real account once, not every refused attempt", async () => {
    const staff = await makeStaff("REVIEWER");
    const attacker = freshIp();
    const outcomes = await failFrom(attacker, staff.email, SIGN_IN_PAIR_LIMIT.points + 4);
    expect(outcomes).toEqual([
      ...Array(SIGN_IN_PAIR_LIMIT.points).fill("invalid"),
      ...Array(4).fill("rateLimited"),
    ]);
    const lockOuts = () => db.auditEntry.count({ where: { action: "auth.sign_in_rate_limited" } });
    const entries = await db.auditEntry.findMany({
      where: { action: "auth.sign_in_rate_limited", subjectId: staff.id },
    });
    expect(entries.map((entry) => entry.actorEmail)).toEqual([staff.email]);
    const lockOutsBefore = await lockOuts();
    // An unknown email is locked the same way (the lock reveals nothing) but not audited.
    expect(
      await failFrom(attacker, "not-staff@example.org", SIGN_IN_PAIR_LIMIT.points + 1),
    ).toEqual([...Array(SIGN_IN_PAIR_LIMIT.points).fill("invalid"), "rateLimited"]);
    expect(await lockOuts()).toBe(lockOutsBefore);
  });

  it("locks an address that tries many emails, at the limit and not before", async () => {
    const ip = "198.51.100.7";
    for (let attempt = 1; attempt <= SIGN_IN_IP_LIMIT.points; attempt++) {
      const result = await authorizeStaff(
        { email: `guess-${attempt}@example.org`, password: "guess" },
        ip,
      );
      expect(result, `attempt ${attempt}`).toEqual({ ok: false, error: { code: "invalid" } });
    }
    const staff = await makeStaff("ADMIN");
    const locked = await authorizeStaff({ email: staff.email, password: TEST_STAFF_PASSWORD }, ip);
    expect(locked).toMatchObject({ ok: false, error: { code: "rateLimited" } });
    // Another address is not affected.
    const elsewhere = await authorizeStaff(
      { email: staff.email, password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    expect(elsewhere.ok).toBe(true);
  });

  it("counts only failures against an address: an office of staff signs in behind one address", async () => {
    const office = freshIp();
    const colleagues = await Promise.all(
      Array.from({ length: SIGN_IN_IP_LIMIT.points + 1 }, () => makeStaff("REVIEWER")),
    );
    const outcomes: string[] = [];
    for (const colleague of colleagues) {
      outcomes.push(
        outcome(
          await authorizeStaff({ email: colleague.email, password: TEST_STAFF_PASSWORD }, office),
        ),
      );
    }
    expect(outcomes).toEqual(Array(colleagues.length).fill("ok"));
  });

  it("slows the addresses that failed once an email is guessed from many, never a new address", async () => {
    const staff = await makeStaff("ADMIN");
    // A botnet: each address stays under the pair limit (two guesses each).
    const bots = Array.from({ length: SIGN_IN_EMAIL_BACKOFF.freeFailures / 2 }, freshIp);
    for (const bot of bots) {
      expect(await failFrom(bot, staff.email, 2)).toEqual(["invalid", "invalid"]);
    }
    const failures = bots.length * 2;
    // Every address that has failed now waits (a minute after ten failures)...
    for (const bot of bots) {
      const result = await authorizeStaff(
        { email: staff.email, password: TEST_STAFF_PASSWORD },
        bot,
      );
      if (result.ok || result.error.code !== "rateLimited") throw new Error("expected a wait");
      expect(result.error.retryAfterSeconds).toBeLessThanOrEqual(emailBackoffSeconds(failures));
      expect(result.error.retryAfterSeconds).toBeGreaterThan(emailBackoffSeconds(failures - 1));
    }
    // ...and the refused tries were not counted as failures.
    expect(await failuresOf(staff.email)).toBe(failures);
    // The staff member from an address that has not failed is let straight in.
    const result = await authorizeStaff(
      { email: staff.email, password: TEST_STAFF_PASSWORD },
      freshIp(),
    );
    expect(result).toMatchObject({ ok: true, value: { id: staff.id } });
    // Other emails are not slowed by this one's back-off.
    const other = await makeStaff("REVIEWER");
    const bot = bots[0] ?? "";
    expect(
      outcome(await authorizeStaff({ email: other.email, password: TEST_STAFF_PASSWORD }, bot)),
    ).toBe("ok");
  });

  it("forgets an address's failures for an email once it signs in, and prunes old failures", async () => {
    const staff = await makeStaff("REVIEWER");
    const desk = freshIp();
    await failFrom(desk, staff.email, 2);
    expect(await failuresOf(staff.email)).toBe(2);
    await authorizeStaff({ email: staff.email, password: TEST_STAFF_PASSWORD }, desk);
    expect(await failuresOf(staff.email)).toBe(0);

    // A failure older than the back-off window is deleted by the next write.
    await pgPool.query(
      `INSERT INTO "SignInFailure" ("emailHash", "ipHash", "createdAt")
       VALUES ('old', 'old', now() - make_interval(secs => $1))`,
      [SIGN_IN_EMAIL_BACKOFF.windowSeconds + 60],
    );
    await failFrom(freshIp(), "someone@example.org", 1);
    expect(await db.signInFailure.count({ where: { emailHash: "old" } })).toBe(0);
    expect(await failuresOf("someone@example.org")).toBe(1);
  });
});
