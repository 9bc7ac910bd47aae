import "server-only";
// Whether the person behind a session may act in a role, decided from the database on every
// request: the session token only names the user and the session version it was issued under;
// their role, active flag and current version are read fresh, so a disabled or demoted account
// loses access on its very next request, and a signed-out (or otherwise revoked) token is refused
// wherever it was copied to (session-version.ts).
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";

export interface StaffUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

/** "anonymous" also covers a removed or disabled account; "forbidden" is the wrong role. */
export type StaffAccessRefusal = "anonymous" | "forbidden";

export type StaffAccess = Result<StaffUser, Refusal<StaffAccessRefusal>>;

/** ADMIN can do everything a REVIEWER can. */
export function roleSatisfies(actual: Role, needed: Role): boolean {
  return actual === "ADMIN" || actual === needed;
}

/** Who a session token says is signed in, and under which session version. */
export interface SessionHolder {
  userId: string;
  sessionVersion: number | undefined;
}

export async function checkStaffAccess(
  holder: SessionHolder | null | undefined,
  needed: Role,
): Promise<StaffAccess> {
  if (!holder?.userId) return refuse("anonymous");
  const user = await db.user.findUnique({
    where: { id: holder.userId },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
  });
  // A removed or disabled account, or a revoked session, is treated as signed out.
  if (!user?.active || user.sessionVersion !== holder.sessionVersion) return refuse("anonymous");
  if (!roleSatisfies(user.role, needed)) return refuse("forbidden");
  return ok({ id: user.id, email: user.email, name: user.name, role: user.role });
}
