import "server-only";
import { PRIVACY_NOTICE_VERSION } from "@/lib/campaign/privacy";
import { db } from "@/lib/db";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { announceStatsChanged } from "@/lib/stats/announce-stats-changed";
import { COUNTER_METRICS, randomShard } from "@/lib/stats/counter-metrics";
import { emailKey } from "./email-key";
import { checkFormToken } from "./form-token";
import { newPledgeId } from "./new-pledge-id";
import { type PledgeFieldErrors, parsePledgeInput } from "./pledge-input-schema";
import { takePledgeAllowance } from "./pledge-rate-limit";

export interface PledgeContext {
  /** hashIp(clientIp(headers)): the rate-limit key and what is stored; never the address. */
  ipHash: string;
  /** The language the supporter signed in. */
  locale: string;
  now?: Date;
}

export type PledgeRefusal =
  | Refusal<"invalid", { fieldErrors: PledgeFieldErrors }>
  | Refusal<"tooFast">
  | Refusal<"formExpired">
  | Refusal<"rateLimited", { retryAfterSeconds: number }>;

/**
 * What happened. Success is the same for a new pledge, a repeated email and a honeypot hit, so no
 * caller can reveal whether an address has signed: `counted` is for logs and tests only and must
 * never reach a response.
 */
export type RecordPledgeResult = Result<{ counted: boolean }, PledgeRefusal>;

/**
 * Records a pledge: the one function behind the pledge form's server action and POST /api/pledges.
 * Order matters: a honeypot hit looks accepted and costs nothing; bad fields are reported before the
 * form's timing (the visitor fixes them, which takes time anyway); only well-formed submissions use
 * up the allowances per address and per address and email domain (pledge-rate-limit.ts); nothing is stored unless every check passed.
 */
export async function recordPledge(
  raw: unknown,
  context: PledgeContext,
): Promise<RecordPledgeResult> {
  const now = context.now ?? new Date();
  const fields: Record<string, unknown> = typeof raw === "object" && raw !== null ? { ...raw } : {};

  // The honeypot is a field people never see; only a form-filling bot puts something in it.
  if (typeof fields.website === "string" && fields.website.trim() !== "") {
    return ok({ counted: false });
  }

  const parsed = parsePledgeInput(fields);
  if (!parsed.ok) return parsed;

  const token = checkFormToken(fields.formToken, now.getTime());
  if (token === "tooFast") return refuse("tooFast");
  if (token !== "ok") return refuse("formExpired");

  const input = parsed.value;
  const limit = await takePledgeAllowance(context.ipHash, input.email, context.now);
  if (!limit.allowed) return refuse("rateLimited", { retryAfterSeconds: limit.retryAfterSeconds });

  const messageStatus = input.message === null ? "NONE" : "PENDING";
  // One statement, so one round trip and one implicit transaction: the row and its two counter
  // increments commit together or not at all. ON CONFLICT on the unique email key (NFC, lower case,
  // no +tag: email-key.ts) makes a concurrent duplicate wait for the first insert and then do
  // nothing, so it is neither stored nor counted. A repeat runs the very same statement as a new
  // pledge, so it takes the same time.
  const rows = await db.$queryRaw<Array<{ inserted: number }>>`
    WITH inserted AS (
      INSERT INTO "Pledge" ("id", "createdAt", "updatedAt", "displayName", "email", "emailKey",
                            "country", "message", "messageStatus", "showOnWall", "status",
                            "consentAt", "consentNoticeVersion", "locale", "ipHash")
      VALUES (${newPledgeId(now.getTime())}::uuid, ${now}, ${now}, ${input.displayName},
              ${input.email}, ${emailKey(input.email)}, ${input.country}, ${input.message},
              ${messageStatus}::"MessageStatus", ${input.showOnWall}, 'ACTIVE', ${now},
              ${PRIVACY_NOTICE_VERSION}, ${context.locale.slice(0, 16)}, ${context.ipHash})
      ON CONFLICT ("emailKey") DO NOTHING
      RETURNING "country"
    ), counted AS (
      INSERT INTO "CounterShard" ("metric", "key", "shard", "value")
      SELECT counter.metric, counter.key, ${randomShard()}::smallint, 1
        FROM inserted
       CROSS JOIN LATERAL (VALUES (${COUNTER_METRICS.pledges}::text, ''::text),
                                  (${COUNTER_METRICS.pledgesByCountry}::text, inserted."country"::text))
             AS counter(metric, key)
      ON CONFLICT ("metric", "key", "shard")
      DO UPDATE SET "value" = "CounterShard"."value" + EXCLUDED."value"
    )
    SELECT count(*)::int AS "inserted" FROM inserted`;
  const counted = (rows[0]?.inserted ?? 0) === 1;
  // After the commit, outside it: open pages' counters move (docs/decisions/028-live-counter.md).
  if (counted) announceStatsChanged();
  return ok({ counted });
}
