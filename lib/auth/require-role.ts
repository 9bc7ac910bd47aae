import "server-only";
// The guard every admin page, server action and route handler calls before reading or changing
// anything. The proxy does not match /admin at all: it is never the guard (CVE-2025-29927).
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { type Refusal, type Result, refuse } from "@/lib/result";
import { auth } from "./auth";
import {
  checkStaffAccess,
  type SessionHolder,
  type StaffAccess,
  type StaffAccessRefusal,
  type StaffUser,
} from "./check-staff-access";
import { signInUrl } from "./return-path";

// One session decode per request, however many components ask.
const sessionHolder = cache(async (): Promise<SessionHolder | undefined> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? { userId, sessionVersion: session.sessionVersion } : undefined;
});

export async function staffAccess(role: Role): Promise<StaffAccess> {
  return checkStaffAccess(await sessionHolder(), role);
}

/**
 * For pages and server actions: the signed-in staff member, or a redirect to the sign-in page
 * (anonymous, disabled), or HTTP 403 with app/admin/forbidden.tsx (a REVIEWER where ADMIN is needed).
 */
export async function requireRole(role: Role, returnTo?: string): Promise<StaffUser> {
  const access = await staffAccess(role);
  if (access.ok) return access.value;
  if (access.error.code === "anonymous") redirect(signInUrl(returnTo));
  forbidden();
}

/** For route handlers: the staff member, or the 401/403 response to send instead. */
export async function requireRoleForRoute(
  role: Role,
): Promise<Result<StaffUser, Refusal<StaffAccessRefusal, { response: Response }>>> {
  const access = await staffAccess(role);
  if (access.ok) return access;
  return access.error.code === "anonymous"
    ? refuse("anonymous", {
        response: Response.json({ error: "Sign in to continue." }, { status: 401 }),
      })
    : refuse("forbidden", {
        response: Response.json(
          { error: "Your account is not allowed to do this." },
          { status: 403 },
        ),
      });
}
