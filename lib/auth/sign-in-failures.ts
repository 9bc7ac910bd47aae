import "server-only";
// Refused staff sign-ins, kept just long enough for the per-email back-off (sign-in-limits.ts) in
// their own table, never on the append-only audit trail: an attacker's guesses must not become
// permanent rows. Each write deletes what has aged out of the window, so the table stays small.
import { createHmac } from "node:crypto";
import { pgPool } from "@/lib/db";
import { env } from "@/lib/env";
import { emailBackoffSeconds, SIGN_IN_EMAIL_BACKOFF } from "./sign-in-limits";

const windowSeconds = SIGN_IN_EMAIL_BACKOFF.windowSeconds;

/** The email as the failures table stores it: a keyed hash, so the table holds no addresses. */
export function signInEmailHash(email: string): string {
  return createHmac("sha256", env.IP_HASH_SALT).update(`staff-sign-in:${email}`).digest("hex");
}

export async function recordSignInFailure(emailHash: string, ipHash: string): Promise<void> {
  await pgPool.query('INSERT INTO "SignInFailure" ("emailHash", "ipHash") VALUES ($1, $2)', [
    emailHash,
    ipHash,
  ]);
  await pgPool.query(
    `DELETE FROM "SignInFailure" WHERE "createdAt" < now() - make_interval(secs => $1)`,
    [windowSeconds],
  );
}

/** After a success from an address, its earlier failures for that email no longer count. */
export async function forgetSignInFailures(emailHash: string, ipHash: string): Promise<void> {
  await pgPool.query('DELETE FROM "SignInFailure" WHERE "emailHash" = $1 AND "ipHash" = $2', [
    emailHash,
    ipHash,
  ]);
}

/**
 * How long this address must wait before trying this email again: 0 when the address has not
 * failed for it within the window (whatever other addresses did), else what remains of the
 * back-off since the email's latest failure.
 */
export async function emailBackoffFor(emailHash: string, ipHash: string): Promise<number> {
  const { rows } = await pgPool.query<{
    failures: number;
    from_here: boolean;
    since_latest: number | null;
  }>(
    `SELECT count(*)::int AS failures,
            coalesce(bool_or("ipHash" = $2), false) AS from_here,
            extract(epoch FROM now() - max("createdAt"))::float8 AS since_latest
       FROM "SignInFailure"
      WHERE "emailHash" = $1 AND "createdAt" >= now() - make_interval(secs => $3)`,
    [emailHash, ipHash, windowSeconds],
  );
  const row = rows[0];
  if (!row?.from_here || row.since_latest === null) return 0;
  const wait = emailBackoffSeconds(row.failures) - row.since_latest;
  return wait > 0 ? Math.ceil(wait) : 0;
}
