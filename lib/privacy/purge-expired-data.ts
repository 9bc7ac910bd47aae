import "server-only";
import { SIGN_IN_EMAIL_BACKOFF } from "@/lib/auth/sign-in-limits";
// Keeps the privacy notice's promise on hashed IP addresses (HASHED_IP_RETENTION_HOURS): supporters'
// pledges and donations forget theirs, and expired rate-limit entries and staff sign-in failures
// are deleted. Safe to run from
// several instances at once: every statement is idempotent.
import { HASHED_IP_RETENTION_HOURS } from "@/lib/campaign/privacy";
import { pgPool } from "@/lib/db";

export interface PurgeResult {
  pledges: number;
  donations: number;
  rateLimits: number;
  signInFailures: number;
}

export async function purgeExpiredData(now = new Date()): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - HASHED_IP_RETENTION_HOURS * 3_600_000);
  const pledges = await pgPool.query(
    'UPDATE "Pledge" SET "ipHash" = NULL WHERE "ipHash" IS NOT NULL AND "createdAt" < $1',
    [cutoff],
  );
  const donations = await pgPool.query(
    'UPDATE "Donation" SET "ipHash" = NULL WHERE "ipHash" IS NOT NULL AND "createdAt" < $1',
    [cutoff],
  );
  // rate-limiter-flexible stores `expire` in epoch milliseconds; every window is far shorter than
  // the retention period, so an expired row holds nothing anyone needs.
  const rateLimits = await pgPool.query(
    "DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < $1",
    [now.getTime()],
  );
  // Also pruned on every new failure; this catches the last ones when no failure follows.
  const signInFailures = await pgPool.query('DELETE FROM "SignInFailure" WHERE "createdAt" < $1', [
    new Date(now.getTime() - SIGN_IN_EMAIL_BACKOFF.windowSeconds * 1000),
  ]);
  return {
    pledges: pledges.rowCount ?? 0,
    donations: donations.rowCount ?? 0,
    rateLimits: rateLimits.rowCount ?? 0,
    signInFailures: signInFailures.rowCount ?? 0,
  };
}
