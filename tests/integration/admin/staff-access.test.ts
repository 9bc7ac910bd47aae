import { describe, expect, it } from "vitest";
import { changeStaffAccess } from "@/lib/admin/change-staff-access";
import { changeStaffPassword } from "@/lib/admin/change-staff-password";
import { createStaffUser, StaffEmailTaken } from "@/lib/admin/create-staff-user";
import { authorizeStaff } from "@/lib/auth/authorize-staff";
import { checkStaffAccess, type SessionHolder } from "@/lib/auth/check-staff-access";
import { endSessionsOnSignOut } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import { makeStaff, TEST_STAFF_PASSWORD } from "@/tests/support/admin-staff";

/** What a session token issued now for `user` holds, as a fresh password sign-in makes it. */
async function signIn(user: { email: string }, password = TEST_STAFF_PASSWORD) {
  const result = await authorizeStaff({ email: user.email, password }, "192.0.2.10");
  if (!result.ok) throw new Error(`sign-in refused: ${result.error.code}`);
  return { userId: result.value.id, sessionVersion: result.value.sessionVersion } as SessionHolder;
}

describe("staff access, re-read on every request", () => {
  it("lets an ADMIN into admin and reviewer areas, and a REVIEWER only into reviewer areas", async () => {
    const admin = await makeStaff("ADMIN");
    const reviewer = await makeStaff("REVIEWER");
    expect((await checkStaffAccess(await signIn(admin), "ADMIN")).ok).toBe(true);
    expect((await checkStaffAccess(await signIn(admin), "REVIEWER")).ok).toBe(true);
    expect((await checkStaffAccess(await signIn(reviewer), "REVIEWER")).ok).toBe(true);
    expect(await checkStaffAccess(await signIn(reviewer), "ADMIN")).toEqual({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await checkStaffAccess(undefined, "REVIEWER")).toEqual({
      ok: false,
      error: { code: "anonymous" },
    });
  });

  it("refuses a disabled user's next request and records who disabled them", async () => {
    const admin = await makeStaff("ADMIN");
    const reviewer = await makeStaff("REVIEWER");
    const session = await signIn(reviewer);
    expect((await checkStaffAccess(session, "REVIEWER")).ok).toBe(true);

    const result = await changeStaffAccess(reviewer.id, { active: false }, admin);
    expect(result).toEqual({ ok: true, value: { changed: true } });
    expect(await checkStaffAccess(session, "REVIEWER")).toEqual({
      ok: false,
      error: { code: "anonymous" },
    });

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "staff.disabled" } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      subjectType: "user",
      subjectId: reviewer.id,
      before: { email: reviewer.email, role: "REVIEWER", active: true },
      after: { email: reviewer.email, role: "REVIEWER", active: false },
    });
  });

  it("takes ADMIN rights away on the next request after a demotion", async () => {
    const admin = await makeStaff("ADMIN");
    const other = await makeStaff("ADMIN");
    expect((await checkStaffAccess(await signIn(other), "ADMIN")).ok).toBe(true);
    await changeStaffAccess(other.id, { role: "REVIEWER" }, admin);
    // Signed in again (the demotion ended the old session), as a REVIEWER now.
    expect(await checkStaffAccess(await signIn(other), "ADMIN")).toEqual({
      ok: false,
      error: { code: "forbidden" },
    });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "staff.role_changed" } });
    expect(entry.before).toMatchObject({ role: "ADMIN" });
    expect(entry.after).toMatchObject({ role: "REVIEWER" });
  });

  it("never leaves the campaign without an active admin", async () => {
    const onlyAdmin = await makeStaff("ADMIN");
    // Earlier tests in this file made other admins; leave this one alone.
    await db.user.updateMany({
      where: { role: "ADMIN", id: { not: onlyAdmin.id } },
      data: { active: false },
    });
    expect(await changeStaffAccess(onlyAdmin.id, { active: false }, onlyAdmin)).toEqual({
      ok: false,
      error: { code: "lastAdmin" },
    });
    expect(await changeStaffAccess(onlyAdmin.id, { role: "REVIEWER" }, onlyAdmin)).toEqual({
      ok: false,
      error: { code: "lastAdmin" },
    });
    expect((await checkStaffAccess(await signIn(onlyAdmin), "ADMIN")).ok).toBe(true);
  });

  it("refuses a second account with the same email", async () => {
    const staff = await makeStaff("REVIEWER");
    await expect(
      createStaffUser(
        { email: staff.email, name: null, role: "ADMIN", password: "another long password" },
        null,
      ),
    ).rejects.toBeInstanceOf(StaffEmailTaken);
  });

  it("refuses a copied token after sign-out, a password change, a role change and disabling", async () => {
    const admin = await makeStaff("ADMIN");
    const reviewer = await makeStaff("REVIEWER");

    // Sign-out: the token of every browser the session was copied to.
    const copied = await signIn(reviewer);
    expect((await checkStaffAccess(copied, "REVIEWER")).ok).toBe(true);
    await endSessionsOnSignOut(copied.userId, copied.sessionVersion ?? -1);
    expect(await checkStaffAccess(copied, "REVIEWER")).toEqual({
      ok: false,
      error: { code: "anonymous" },
    });
    // Replaying the sign-out of a revoked token does not sign the next session out.
    const next = await signIn(reviewer);
    await endSessionsOnSignOut(copied.userId, copied.sessionVersion ?? -1);
    expect((await checkStaffAccess(next, "REVIEWER")).ok).toBe(true);

    // A password change: the old password and every old session stop working.
    const beforePassword = await signIn(reviewer);
    const newPassword = "a brand new passphrase for the reviewer";
    expect(await changeStaffPassword(reviewer.id, newPassword, admin)).toEqual({ ok: true });
    expect(await checkStaffAccess(beforePassword, "REVIEWER")).toEqual({
      ok: false,
      error: { code: "anonymous" },
    });
    await expect(signIn(reviewer)).rejects.toThrow("invalid");
    const afterPassword = await signIn(reviewer, newPassword);
    expect((await checkStaffAccess(afterPassword, "REVIEWER")).ok).toBe(true);
    expect(
      await db.auditEntry.count({
        where: { action: "staff.password_changed", subjectId: reviewer.id, actorId: admin.id },
      }),
    ).toBe(1);

    // A role change, even a promotion, ends the sessions held under the old role.
    expect(await changeStaffAccess(reviewer.id, { role: "ADMIN" }, admin)).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await checkStaffAccess(afterPassword, "REVIEWER")).toEqual({
      ok: false,
      error: { code: "anonymous" },
    });
    const promoted = await signIn(reviewer, newPassword);
    expect((await checkStaffAccess(promoted, "ADMIN")).ok).toBe(true);

    // Disabling, then enabling again, does not bring the old session back.
    await changeStaffAccess(reviewer.id, { active: false }, admin);
    await changeStaffAccess(reviewer.id, { active: true }, admin);
    expect(await checkStaffAccess(promoted, "ADMIN")).toEqual({
      ok: false,
      error: { code: "anonymous" },
    });
    // A token from before session versions existed names no version: refused too.
    expect(
      await checkStaffAccess({ userId: reviewer.id, sessionVersion: undefined }, "REVIEWER"),
    ).toEqual({ ok: false, error: { code: "anonymous" } });
  });

  it("stores passwords as argon2id hashes, never in clear", async () => {
    const staff = await makeStaff("REVIEWER");
    const row = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(staff.password);
  });
});
