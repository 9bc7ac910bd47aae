import { describe, expect, it } from "vitest";
import { createLocalAdminIfNone, LOCAL_ADMIN_EMAIL } from "@/lib/admin/create-local-admin";
import { authorizeStaff } from "@/lib/auth/authorize-staff";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

describe("the first local admin", () => {
  it("is created once, with a random password that signs in, and only while no staff exist", async () => {
    const url = env.DATABASE_URL ?? "";
    const first = await createLocalAdminIfNone(url);
    expect(first?.email).toBe(LOCAL_ADMIN_EMAIL);
    expect(first?.password.length).toBeGreaterThanOrEqual(16);
    expect(await createLocalAdminIfNone(url)).toBeNull();
    expect(await db.user.count()).toBe(1);

    const signIn = await authorizeStaff(
      { email: LOCAL_ADMIN_EMAIL, password: first?.password ?? "" },
      "192.0.2.1",
    );
    expect(signIn).toMatchObject({ ok: true, value: { role: "ADMIN" } });
    expect(await db.auditEntry.count({ where: { action: "staff.local_admin_created" } })).toBe(1);
  });
});
