import "server-only";
// Rate limits kept in PostgreSQL (rate-limiter-flexible's store, table `rate_limits` from our
// migrations), so a limit holds across every instance of the app.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pgPool } from "@/lib/db";

export interface RateLimitPolicy {
  /** Unique per policy; prefixes the stored keys ("pledge-ip"). */
  name: string;
  /** How many attempts are allowed in `durationSeconds`. */
  points: number;
  durationSeconds: number;
  /** Once exceeded, refuse for this long (defaults to the rest of the window). */
  blockSeconds?: number;
}

export type RateLimitResult =
  | { allowed: true }
  /** `tripped`: this attempt is the one that went over the limit (the first refusal). */
  | { allowed: false; retryAfterSeconds: number; tripped?: boolean };

const limiters = new Map<string, RateLimiterPostgres>();

function limiterFor(policy: RateLimitPolicy): RateLimiterPostgres {
  const cacheKey = `${policy.name}:${policy.points}:${policy.durationSeconds}:${policy.blockSeconds ?? 0}`;
  let limiter = limiters.get(cacheKey);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pgPool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: policy.name,
      points: policy.points,
      duration: policy.durationSeconds,
      blockDuration: policy.blockSeconds ?? 0,
    });
    limiters.set(cacheKey, limiter);
  }
  return limiter;
}

/** Counts one attempt (or `cost`) against `key`; says whether it is allowed and, if not, for how long. */
export async function consumeRateLimit(
  policy: RateLimitPolicy,
  key: string,
  cost = 1,
): Promise<RateLimitResult> {
  try {
    await limiterFor(policy).consume(key, cost);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        tripped: rejection.consumedPoints <= policy.points + cost,
      };
    }
    // A database error is not "too many requests": let the caller's error handling see it.
    throw rejection;
  }
}

/** Forgets the attempts against `key` (e.g. after a successful sign-in). */
export async function resetRateLimit(policy: RateLimitPolicy, key: string): Promise<void> {
  await limiterFor(policy).delete(key);
}

/** Gives back points counted against `key` (an attempt that turned out not to count). */
export async function refundRateLimit(
  policy: RateLimitPolicy,
  key: string,
  points = 1,
): Promise<void> {
  await limiterFor(policy).reward(key, points);
}

/** "in 3 minutes" style wording needs whole minutes, at least one. */
export function retryAfterMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
