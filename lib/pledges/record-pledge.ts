import "server-only";
import { PRIVACY_NOTICE_VERSION } from "@/lib/campaign/privacy";
import { pgPool } from "@/lib/db";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { COUNTER_METRICS, randomShard } from "@/lib/stats/counter-metrics";
import { emailKey } from "./email-key";
import { checkFormToken } from "./form-token";
import { newPledgeId } from "./new-pledge-id";
import { type PledgeFieldErrors, parsePledgeInput } from "./pledge-input-schema";
import { pledgeRateLimit } from "./pledge-rate-limit";

export interface PledgeContext {
  /** hashIp(clientIp(headers)): the rate-limit key and what is stored; never the address. */
  ipHash: string;
  /** The language the supporter signed in. */
  locale: string;
  now?: Date;
}

/**
 * What happened. "accepted" is the same for a new pledge, a repeated email and a honeypot hit, so
 * no caller can reveal whether an address has signed: `counted` is for logs and tests only and
 * must never reach a response.
 */
export type RecordPledgeResult =
  | { status: "accepted"; counted: boolean }
  | { status: "invalid"; fieldErrors: PledgeFieldErrors }
  | { status: "tooFast" }
  | { status: "formExpired" }
  | { status: "rateLimited"; retryAfterSeconds: number };

// One statement, so one round trip and one implicit transaction: the row and its two counter
// increments commit together or not at all. ON CONFLICT on the unique email key (NFC, lower case,
// no +tag: email-key.ts) makes a concurrent duplicate wait for the first insert and then do
// nothing, so it is neither stored nor counted. A repeat runs the very same statement as a new
// pledge, so it takes the same time.
const INSERT_PLEDGE = `
WITH inserted AS (
  INSERT INTO "Pledge" ("id", "createdAt", "updatedAt", "displayName", "email", "emailKey", "country",
                        "message", "messageStatus", "showOnWall", "status", "consentAt",
                        "consentNoticeVersion", "locale", "ipHash")
  VALUES ($1::uuid, $2, $2, $3, $4, $15, $5, $6, $7::"MessageStatus", $8, 'ACTIVE', $2, $9, $10, $11)
  ON CONFLICT ("emailKey") DO NOTHING
  RETURNING "country"
), counted AS (
  INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
  SELECT counter.metric, counter.key, $12::smallint, 1
    FROM inserted
   CROSS JOIN LATERAL (VALUES ($13::text, ''::text), ($14::text, inserted."country"::text))
         AS counter(metric, key)
  ON CONFLICT ("metric", "key", "shard")
  DO UPDATE SET "value" = "CounterShard"."value" + EXCLUDED."value"
)
SELECT count(*)::int AS "inserted" FROM inserted`;

/**
 * Records a pledge: the one function behind the pledge form's server action and POST /api/pledges.
 * Order matters: a honeypot hit looks accepted and costs nothing; bad fields are reported before the
 * form's timing (the visitor fixes them, which takes time anyway); only well-formed submissions use
 * up the per-IP allowance; nothing is stored unless every check passed.
 */
export async function recordPledge(
  raw: unknown,
  context: PledgeContext,
): Promise<RecordPledgeResult> {
  const now = context.now ?? new Date();
  const fields: Record<string, unknown> = typeof raw === "object" && raw !== null ? { ...raw } : {};

  // The honeypot is a field people never see; only a form-filling bot puts something in it.
  if (typeof fields.website === "string" && fields.website.trim() !== "") {
    return { status: "accepted", counted: false };
  }

  const parsed = parsePledgeInput(fields);
  if (!parsed.success) return { status: "invalid", fieldErrors: parsed.fieldErrors };

  const token = checkFormToken(fields.formToken, now.getTime());
  if (token === "tooFast") return { status: "tooFast" };
  if (token !== "ok") return { status: "formExpired" };

  const limit = await consumeRateLimit(pledgeRateLimit, context.ipHash);
  if (!limit.allowed) return { status: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };

  const input = parsed.data;
  const result = await pgPool.query<{ inserted: number }>(INSERT_PLEDGE, [
    newPledgeId(now.getTime()),
    now,
    input.displayName,
    input.email,
    input.country,
    input.message,
    input.message === null ? "NONE" : "PENDING",
    input.showOnWall,
    PRIVACY_NOTICE_VERSION,
    context.locale.slice(0, 16),
    context.ipHash,
    randomShard(),
    COUNTER_METRICS.pledges,
    COUNTER_METRICS.pledgesByCountry,
    emailKey(input.email),
  ]);
  return { status: "accepted", counted: (result.rows[0]?.inserted ?? 0) === 1 };
}
