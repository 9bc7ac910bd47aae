import "server-only";
// How many staff sign-ins may fail, and where (docs/decisions/013-sign-in-limits-and-sessions.md).
// Nobody can keep a staff member out: the hard locks are per (email, address) pair and per
// address, so they only ever stop the address that failed; the limit per email across all
// addresses is a back-off that slows the addresses which have already failed for that email and
// never refuses an address that has not.
import type { RateLimitPolicy } from "@/lib/rate-limit/consume-rate-limit";

/** One address guessing one email's password: five tries, then that address waits 15 minutes. */
export const SIGN_IN_PAIR_LIMIT: RateLimitPolicy = {
  name: "staff-sign-in-pair",
  points: 5,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

/**
 * One address trying many emails. Only failures count (a success gives its point back), so an
 * office of staff signing in behind one address never reaches it.
 */
export const SIGN_IN_IP_LIMIT: RateLimitPolicy = {
  name: "staff-sign-in-ip",
  points: 30,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

export interface EmailBackoffPolicy {
  /** Failures for an email are counted over this window (and kept no longer). */
  windowSeconds: number;
  /** Failures from all addresses together before the back-off begins. */
  freeFailures: number;
  /** The wait after the email's latest failure once the back-off begins; doubles per failure. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

/**
 * Many addresses guessing one email (a botnet, each address under the pair limit). Past ten
 * failures in an hour, the addresses that have failed for this email share one try per delay
 * (a minute, doubling to 15 minutes); an address that has not failed is always heard.
 */
export const SIGN_IN_EMAIL_BACKOFF: EmailBackoffPolicy = {
  windowSeconds: 60 * 60,
  freeFailures: 10,
  firstDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
};

/** The wait an email's `failures` in the window impose on the addresses that failed (0: none). */
export function emailBackoffSeconds(
  failures: number,
  policy: EmailBackoffPolicy = SIGN_IN_EMAIL_BACKOFF,
): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** doublings);
}
