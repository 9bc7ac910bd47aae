import "server-only";
// The password check behind the Credentials provider: rate limits first, then the account, then
// the password; every outcome is on the audit trail. Every refusal looks the same to the person
// signing in (and takes as long), so nothing here reveals whether an email is a staff account.
import { z } from "zod";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { hashIp } from "@/lib/security/client-ip";
import { MAX_PASSWORD_LENGTH, verifyPassword } from "./password";
import { SIGN_IN_EMAIL_LIMIT, SIGN_IN_IP_LIMIT } from "./sign-in-limits";

export const staffCredentialsSchema = z.object({
  email: z.email({ error: "Enter your email address." }).trim().toLowerCase().max(254),
  password: z.string().min(1, { error: "Enter your password." }).max(MAX_PASSWORD_LENGTH),
});

export interface StaffIdentity {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

export type AuthorizeResult =
  | { ok: true; user: StaffIdentity }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function authorizeStaff(
  credentials: { email: string; password: string },
  ip: string,
): Promise<AuthorizeResult> {
  const email = credentials.email.trim().toLowerCase();
  const ipHash = hashIp(ip);

  // One point per attempt, before any work: a locked-out attacker costs us no argon2 time.
  const [byEmail, byIp] = await Promise.all([
    consumeRateLimit(SIGN_IN_EMAIL_LIMIT, email),
    consumeRateLimit(SIGN_IN_IP_LIMIT, ipHash),
  ]);
  if (!byEmail.allowed || !byIp.allowed) {
    const retryAfterSeconds = Math.max(
      byEmail.allowed ? 0 : byEmail.retryAfterSeconds,
      byIp.allowed ? 0 : byIp.retryAfterSeconds,
    );
    await recordAuditEntry({
      actor: { id: null, email },
      action: "auth.sign_in_rate_limited",
      after: { limit: byEmail.allowed ? "ip" : "email" },
      ipHash,
    });
    return { ok: false, reason: "rate_limited", retryAfterSeconds };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash, credentials.password);

  if (!user?.active || !passwordMatches) {
    await recordAuditEntry({
      actor: { id: user?.id ?? null, email },
      action: "auth.sign_in_failed",
      // For the staff reading the trail, not for the person signing in.
      after: { reason: !user ? "unknown_email" : !user.active ? "disabled" : "wrong_password" },
      ipHash,
    });
    return { ok: false, reason: "invalid" };
  }

  // A success clears this email's failures; the IP keeps its count (one person, many emails).
  await resetRateLimit(SIGN_IN_EMAIL_LIMIT, email);
  await recordAuditEntry({
    actor: { id: user.id, email: user.email },
    action: "auth.sign_in",
    subjectType: "user",
    subjectId: user.id,
    after: { provider: "credentials" },
    ipHash,
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
