// Staff accounts for admin tests, made through the same function the admin screens use.
import { randomBytes } from "node:crypto";
import { createStaffUser } from "@/lib/admin/create-staff-user";
import type { Role } from "@/lib/generated/prisma/enums";

export const TEST_STAFF_PASSWORD = "correct horse battery staple";

export async function makeStaff(
  role: Role,
  options: { email?: string } = {},
): Promise<{ id: string; email: string; password: string }> {
  const email =
    options.email ?? `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.org`;
  const user = await createStaffUser(
    { email, name: null, role, password: TEST_STAFF_PASSWORD },
    null,
  );
  return { ...user, password: TEST_STAFF_PASSWORD };
}
