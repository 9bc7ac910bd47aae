import "server-only";
// Whether the person behind a session may act in a role, decided from the database on every
// request: the session token only names the user; their role and active flag are read fresh, so
// a disabled or demoted account loses access on its very next request.
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export interface StaffUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

export type StaffAccess =
  | { ok: true; user: StaffUser }
  | { ok: false; reason: "anonymous" | "forbidden" };

/** ADMIN can do everything a REVIEWER can. */
export function roleSatisfies(actual: Role, needed: Role): boolean {
  return actual === "ADMIN" || actual === needed;
}

export async function checkStaffAccess(
  userId: string | null | undefined,
  needed: Role,
): Promise<StaffAccess> {
  if (!userId) return { ok: false, reason: "anonymous" };
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  // A removed or disabled account is treated as signed out.
  if (!user?.active) return { ok: false, reason: "anonymous" };
  if (!roleSatisfies(user.role, needed)) return { ok: false, reason: "forbidden" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
