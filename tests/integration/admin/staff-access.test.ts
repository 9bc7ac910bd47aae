import { describe, expect, it } from "vitest";
import { changeStaffAccess } from "@/lib/admin/change-staff-access";
import { createStaffUser, StaffEmailTaken } from "@/lib/admin/create-staff-user";
import { checkStaffAccess } from "@/lib/auth/check-staff-access";
import { db } from "@/lib/db";
import { makeStaff } from "@/tests/support/admin-staff";

describe("staff access, re-read on every request", () => {
  it("lets an ADMIN into admin and reviewer areas, and a REVIEWER only into reviewer areas", async () => {
    const admin = await makeStaff("ADMIN");
    const reviewer = await makeStaff("REVIEWER");
    expect((await checkStaffAccess(admin.id, "ADMIN")).ok).toBe(true);
    expect((await checkStaffAccess(admin.id, "REVIEWER")).ok).toBe(true);
    expect((await checkStaffAccess(reviewer.id, "REVIEWER")).ok).toBe(true);
    expect(await checkStaffAccess(reviewer.id, "ADMIN")).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await checkStaffAccess(undefined, "REVIEWER")).toEqual({
      ok: false,
      reason: "anonymous",
    });
  });

  it("refuses a disabled user's next request and records who disabled them", async () => {
    const admin = await makeStaff("ADMIN");
    const reviewer = await makeStaff("REVIEWER");
    expect((await checkStaffAccess(reviewer.id, "REVIEWER")).ok).toBe(true);

    const result = await changeStaffAccess(reviewer.id, { active: false }, admin);
    expect(result).toEqual({ ok: true, changed: true });
    expect(await checkStaffAccess(reviewer.id, "REVIEWER")).toEqual({
      ok: false,
      reason: "anonymous",
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
    expect((await checkStaffAccess(other.id, "ADMIN")).ok).toBe(true);
    await changeStaffAccess(other.id, { role: "REVIEWER" }, admin);
    expect(await checkStaffAccess(other.id, "ADMIN")).toEqual({ ok: false, reason: "forbidden" });
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
      reason: "last_admin",
    });
    expect(await changeStaffAccess(onlyAdmin.id, { role: "REVIEWER" }, onlyAdmin)).toEqual({
      ok: false,
      reason: "last_admin",
    });
    expect((await checkStaffAccess(onlyAdmin.id, "ADMIN")).ok).toBe(true);
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

  it("stores passwords as argon2id hashes, never in clear", async () => {
    const staff = await makeStaff("REVIEWER");
    const row = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(staff.password);
  });
});
