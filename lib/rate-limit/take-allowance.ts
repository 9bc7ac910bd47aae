import "server-only";
// Sliding allowances (token buckets) kept in PostgreSQL, shared by every app instance: a key may
// spend up to `burst` at once, and its allowance grows back continuously at `perHour`, up to the
// burst again. Unlike a fixed window, there is no moment when a whole new window opens at once,
// and a crowd that arrives together (a class, an office) is served up to the burst.
import { pgPool } from "@/lib/db";
import type { RateLimitResult } from "./consume-rate-limit";

export interface AllowancePolicy {
  /** Unique per policy; prefixes the stored keys ("pledge-ip"). */
  name: string;
  /** The most a key may spend at once (a full bucket). */
  burst: number;
  /** How fast the allowance grows back, per hour. */
  perHour: number;
}

// One statement, so concurrent requests for the same key queue on its row and none overspends:
// the bucket is refilled for the time since it was last touched, and spent only if it holds enough.
const TAKE = `
WITH clock AS (SELECT coalesce($5::timestamptz, now()) AS now)
INSERT INTO allowance_buckets AS bucket ("key", "tokens", "updatedAt")
SELECT $1, $2::float8 - $4::float8, clock.now FROM clock
ON CONFLICT ("key") DO UPDATE
   SET "tokens" = least($2::float8, bucket."tokens" + $3::float8 *
                  greatest(0, extract(epoch FROM excluded."updatedAt" - bucket."updatedAt"))) - $4::float8,
       "updatedAt" = greatest(bucket."updatedAt", excluded."updatedAt")
 WHERE least($2::float8, bucket."tokens" + $3::float8 *
       greatest(0, extract(epoch FROM excluded."updatedAt" - bucket."updatedAt"))) >= $4::float8
RETURNING "tokens"`;

const LEFT = `
SELECT least($2::float8, "tokens" + $3::float8 *
       greatest(0, extract(epoch FROM coalesce($4::timestamptz, now()) - "updatedAt")))::float8 AS "tokens"
  FROM allowance_buckets WHERE "key" = $1`;

const perSecond = (policy: AllowancePolicy) => policy.perHour / 3600;
const storedKey = (policy: AllowancePolicy, key: string) => `${policy.name}:${key}`;

/** Spends `cost` of `key`'s allowance if it has that much; if not, says how long until it will. */
export async function takeAllowance(
  policy: AllowancePolicy,
  key: string,
  options: { cost?: number; now?: Date } = {},
): Promise<RateLimitResult> {
  const cost = options.cost ?? 1;
  const now = options.now ?? null;
  const id = storedKey(policy, key);
  const taken = await pgPool.query(TAKE, [id, policy.burst, perSecond(policy), cost, now]);
  if (taken.rowCount) return { allowed: true };
  const left = await pgPool.query<{ tokens: number }>(LEFT, [
    id,
    policy.burst,
    perSecond(policy),
    now,
  ]);
  const missing = cost - (left.rows[0]?.tokens ?? 0);
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil(missing / perSecond(policy))),
  };
}

/** Gives back what `takeAllowance` spent (another check refused the request after all). */
export async function returnAllowance(
  policy: AllowancePolicy,
  key: string,
  cost = 1,
): Promise<void> {
  await pgPool.query(
    `UPDATE allowance_buckets SET "tokens" = least($2::float8, "tokens" + $3::float8) WHERE "key" = $1`,
    [storedKey(policy, key), policy.burst, cost],
  );
}
