import "server-only";
// The password check behind the Credentials provider: the limits first (sign-in-limits.ts), then
// the account, then the password. Every refusal looks the same to the person signing in (and
// takes as long), so nothing here reveals whether an email is a staff account. Refused attempts
// go to the prunable failures table; the audit trail gets successes and the lock-out of a real
// account, never one row per guess.
import { z } from "zod";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  consumeRateLimit,
  type RateLimitResult,
  refundRateLimit,
  resetRateLimit,
} from "@/lib/rate-limit/consume-rate-limit";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { hashIp } from "@/lib/security/client-ip";
import { MAX_PASSWORD_LENGTH, verifyPassword } from "./password";
import {
  emailBackoffFor,
  forgetSignInFailures,
  recordSignInFailure,
  signInEmailHash,
} from "./sign-in-failures";
import { SIGN_IN_IP_LIMIT, SIGN_IN_PAIR_LIMIT } from "./sign-in-limits";

export const staffCredentialsSchema = z.object({
  email: z.email({ error: "Enter your email address." }).trim().toLowerCase().max(254),
  password: z.string().min(1, { error: "Enter your password." }).max(MAX_PASSWORD_LENGTH),
});

export interface StaffIdentity {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** Copied into the session token; see session-version.ts. */
  sessionVersion: number;
}

export type AuthorizeResult = Result<
  StaffIdentity,
  Refusal<"invalid"> | Refusal<"rateLimited", { retryAfterSeconds: number }>
>;

const waitOf = (result: RateLimitResult) => (result.allowed ? 0 : result.retryAfterSeconds);

export async function authorizeStaff(
  credentials: { email: string; password: string },
  ip: string,
): Promise<AuthorizeResult> {
  const email = credentials.email.trim().toLowerCase();
  const ipHash = hashIp(ip);
  const emailHash = signInEmailHash(email);
  const pairKey = `${emailHash}:${ipHash}`;

  // The slow back-off for an email many addresses are guessing: only addresses that have failed
  // for it wait; it is checked before anything is counted, so waiting costs the caller nothing.
  const backoff = await emailBackoffFor(emailHash, ipHash);
  if (backoff > 0) return refuse("rateLimited", { retryAfterSeconds: backoff });

  // One point per attempt, before any work: a locked-out attacker costs us no argon2 time.
  const [byPair, byIp] = await Promise.all([
    consumeRateLimit(SIGN_IN_PAIR_LIMIT, pairKey),
    consumeRateLimit(SIGN_IN_IP_LIMIT, ipHash),
  ]);
  if (!byPair.allowed || !byIp.allowed) {
    if (!byPair.allowed && byPair.tripped) await auditLockOut(email, ipHash);
    return refuse("rateLimited", { retryAfterSeconds: Math.max(waitOf(byPair), waitOf(byIp)) });
  }

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      passwordHash: true,
      sessionVersion: true,
    },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash, credentials.password);

  if (!user?.active || !passwordMatches) {
    await recordSignInFailure(emailHash, ipHash);
    return refuse("invalid");
  }

  // A success proves this address: its failures for this email are forgotten and the address
  // gets its point back. Other addresses' failures for the email still count.
  await Promise.all([
    resetRateLimit(SIGN_IN_PAIR_LIMIT, pairKey),
    refundRateLimit(SIGN_IN_IP_LIMIT, ipHash),
    forgetSignInFailures(emailHash, ipHash),
  ]);
  await recordAuditEntry({
    actor: { id: user.id, email: user.email },
    action: "auth.sign_in",
    subjectType: "user",
    subjectId: user.id,
    after: { provider: "credentials" },
    ipHash,
  });
  const { id, name, role, sessionVersion } = user;
  return ok({ id, email: user.email, name, role, sessionVersion });
}

/** The moment an address locks itself out of a real staff account is worth a permanent record. */
async function auditLockOut(email: string, ipHash: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  await recordAuditEntry({
    actor: { id: null, email },
    action: "auth.sign_in_rate_limited",
    subjectType: "user",
    subjectId: user.id,
    after: { limit: "email_and_address" },
    ipHash,
  });
}
