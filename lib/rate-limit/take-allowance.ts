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

/** Placeholders ($1, $2, ...) of a statement that spends from a bucket. */
export interface AllowancePlaceholders {
  key: string;
  burst: string;
  perSecond: string;
  cost: string;
}

/**
 * The statement that spends `cost` from a bucket if it holds enough, to run inside a `WITH` that
 * defines `clock(now)`: the bucket is refilled for the time since it was last touched, and spent
 * only if it then holds enough; it returns one row if spent, none if not. One statement, so
 * concurrent requests for the same key queue on its row and none overspends. `onlyIf` (SQL) spends
 * nothing unless it holds, so a caller can chain buckets and its own insert in one statement
 * (lib/pledges/record-pledge.ts).
 */
export function spendAllowanceSql(p: AllowancePlaceholders, onlyIf = "true"): string {
  const refilled = `least(${p.burst}::float8, bucket."tokens" + ${p.perSecond}::float8 *
         greatest(0, extract(epoch FROM excluded."updatedAt" - bucket."updatedAt")))`;
  return `INSERT INTO allowance_buckets AS bucket ("key", "tokens", "updatedAt")
  SELECT ${p.key}, ${p.burst}::float8 - ${p.cost}::float8, clock.now FROM clock WHERE ${onlyIf}
  ON CONFLICT ("key") DO UPDATE
     SET "tokens" = ${refilled} - ${p.cost}::float8,
         "updatedAt" = greatest(bucket."updatedAt", excluded."updatedAt")
   WHERE ${refilled} >= ${p.cost}::float8
  RETURNING "tokens"`;
}

/** The clock of a spending statement: `$n` when a test sets the time, else the database's now(). */
export const clockSql = (now: string) =>
  `clock AS (SELECT coalesce(${now}::timestamptz, now()) AS now)`;

const TAKE = `WITH ${clockSql("$5")}
${spendAllowanceSql({ key: "$1", burst: "$2", perSecond: "$3", cost: "$4" })}`;

const LEFT = `
SELECT least($2::float8, "tokens" + $3::float8 *
       greatest(0, extract(epoch FROM coalesce($4::timestamptz, now()) - "updatedAt")))::float8 AS "tokens"
  FROM allowance_buckets WHERE "key" = $1`;

export const perSecond = (policy: AllowancePolicy) => policy.perHour / 3600;
export const storedKey = (policy: AllowancePolicy, key: string) => `${policy.name}:${key}`;

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
  return refusedAllowance(policy, key, { cost, now });
}

/** The answer for a bucket that could not pay `cost`: how long until it can. */
export async function refusedAllowance(
  policy: AllowancePolicy,
  key: string,
  options: { cost?: number; now?: Date | null } = {},
): Promise<RateLimitResult> {
  const cost = options.cost ?? 1;
  const left = await pgPool.query<{ tokens: number }>(LEFT, [
    storedKey(policy, key),
    policy.burst,
    perSecond(policy),
    options.now ?? null,
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
