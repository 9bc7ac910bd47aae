import "server-only";
// Changes a staff member's role or active flag (the two things an admin can change). Takes effect
// on that person's next request, since every request re-reads both (lib/auth/check-staff-access.ts),
// and ends their sessions: they sign in again under the new role.
// Refuses to leave the campaign without an active admin.
import { type AuditActor, recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { revokeSessions } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";

export type StaffChange = { role: Role } | { active: boolean };

/** The value says whether anything changed (a repeat of the current role changes nothing). */
export type StaffChangeResult = Result<{ changed: boolean }, Refusal<"notFound" | "lastAdmin">>;

export async function changeStaffAccess(
  userId: string,
  change: StaffChange,
  actor: AuditActor,
  ipHash: string | null = null,
): Promise<StaffChangeResult> {
  return db.$transaction(async (tx): Promise<StaffChangeResult> => {
    // Serialises concurrent staff changes, so two admins cannot demote each other at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(724105)`;
    const before = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, role: true, active: true, email: true },
    });
    if (!before) return refuse("notFound");
    const after = {
      role: "role" in change ? change.role : before.role,
      active: "active" in change ? change.active : before.active,
    };
    if (after.role === before.role && after.active === before.active) {
      return ok({ changed: false });
    }
    const losesAdmin =
      before.role === "ADMIN" && before.active && !(after.role === "ADMIN" && after.active);
    if (losesAdmin) {
      const otherAdmins = await tx.user.count({
        where: { role: "ADMIN", active: true, id: { not: userId } },
      });
      if (otherAdmins === 0) return refuse("lastAdmin");
    }
    await tx.user.update({ where: { id: userId }, data: { ...after, ...revokeSessions } });
    await recordAuditEntry(
      {
        actor,
        action:
          "role" in change
            ? "staff.role_changed"
            : after.active
              ? "staff.enabled"
              : "staff.disabled",
        subjectType: "user",
        subjectId: userId,
        before: { email: before.email, role: before.role, active: before.active },
        after: { email: before.email, ...after },
        ipHash,
      },
      tx,
    );
    return ok({ changed: true });
  });
}
