import "server-only";
// Keeps the privacy notice's promise on hashed IP addresses (HASHED_IP_RETENTION_HOURS): supporters'
// pledges and donations forget theirs, and expired rate-limit entries, allowance buckets and staff
// sign-in failures are deleted. Safe to run from several instances at once: every statement is
// idempotent.
import type pg from "pg";
import { SIGN_IN_EMAIL_BACKOFF } from "@/lib/auth/sign-in-limits";
import { HASHED_IP_RETENTION_HOURS } from "@/lib/campaign/privacy";
import { withLongRunningConnection } from "@/lib/db";
import { CONFIRMATION_DAYS } from "@/lib/pledges/confirmation-token";

export interface PurgeResult {
  pledges: number;
  donations: number;
  rateLimits: number;
  signInFailures: number;
  allowanceBuckets: number;
  /** Pledges never confirmed within CONFIRMATION_DAYS, deleted with their links and emails. */
  unconfirmedPledges: number;
  confirmationLinks: number;
}

export async function purgeExpiredData(now = new Date()): Promise<PurgeResult> {
  // Not the app's pool: its statement timeout is for requests, and the first purge over a large
  // table may take longer.
  return withLongRunningConnection((client) => purge(client, now));
}

async function purge(client: pg.Client, now: Date): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - HASHED_IP_RETENTION_HOURS * 3_600_000);
  const pledges = await client.query(
    'UPDATE "Pledge" SET "ipHash" = NULL WHERE "ipHash" IS NOT NULL AND "createdAt" < $1',
    [cutoff],
  );
  const donations = await client.query(
    'UPDATE "Donation" SET "ipHash" = NULL WHERE "ipHash" IS NOT NULL AND "createdAt" < $1',
    [cutoff],
  );
  // rate-limiter-flexible stores `expire` in epoch milliseconds; every window is far shorter than
  // the retention period, so an expired row holds nothing anyone needs.
  const rateLimits = await client.query(
    "DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < $1",
    [now.getTime()],
  );
  // Also pruned on every new failure; this catches the last ones when no failure follows.
  const signInFailures = await client.query('DELETE FROM "SignInFailure" WHERE "createdAt" < $1', [
    new Date(now.getTime() - SIGN_IN_EMAIL_BACKOFF.windowSeconds * 1000),
  ]);
  // A bucket untouched that long is full again (every allowance grows back within hours), and its
  // key holds an address hash.
  const allowanceBuckets = await client.query(
    'DELETE FROM allowance_buckets WHERE "updatedAt" < $1',
    [cutoff],
  );
  // A pledge nobody confirmed: its details go, as the confirmation email says (the cascade takes
  // its links and its outbox rows with it). Never counted, so no counter moves.
  const unconfirmedPledges = await client.query(
    `DELETE FROM "Pledge" WHERE "status" = 'UNCONFIRMED' AND "createdAt" < $1`,
    [new Date(now.getTime() - CONFIRMATION_DAYS * 86_400_000)],
  );
  const confirmationLinks = await client.query(
    'DELETE FROM "PledgeConfirmation" WHERE "expiresAt" < $1',
    [now],
  );
  return {
    pledges: pledges.rowCount ?? 0,
    donations: donations.rowCount ?? 0,
    rateLimits: rateLimits.rowCount ?? 0,
    signInFailures: signInFailures.rowCount ?? 0,
    allowanceBuckets: allowanceBuckets.rowCount ?? 0,
    unconfirmedPledges: unconfirmedPledges.rowCount ?? 0,
    confirmationLinks: confirmationLinks.rowCount ?? 0,
  };
}
