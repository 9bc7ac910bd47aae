import "server-only";
// Gives a staff member a new password. Every session they hold ends with it (a copied cookie
// included): the new password is the only way back in.
import { type AuditActor, recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { hashPassword } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/session-version";
import { db } from "@/lib/db";

export async function changeStaffPassword(
  userId: string,
  password: string,
  actor: AuditActor | null,
  options: { ipHash?: string | null } = {},
): Promise<{ ok: true } | { ok: false; reason: "not_found" }> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: userId },
      data: { passwordHash, ...revokeSessions },
    });
    if (changed.count === 0) return { ok: false, reason: "not_found" } as const;
    await recordAuditEntry(
      {
        actor,
        action: "staff.password_changed",
        subjectType: "user",
        subjectId: userId,
        ipHash: options.ipHash ?? null,
      },
      tx,
    );
    return { ok: true } as const;
  });
}
