import "server-only";
import { PRIVACY_NOTICE_VERSION } from "@/lib/campaign/privacy";
import { inTransaction } from "@/lib/database/in-transaction";
import { pgPool } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue-email";
import type { RateLimitResult } from "@/lib/rate-limit/consume-rate-limit";
import {
  clockSql,
  perSecond,
  refusedAllowance,
  returnAllowance,
  spendAllowanceSql,
  storedKey,
} from "@/lib/rate-limit/take-allowance";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { announceStatsChanged } from "@/lib/stats/announce-stats-changed";
import { countPledgeSql } from "@/lib/stats/count-pledge-sql";
import { COUNTER_METRICS, randomShard } from "@/lib/stats/counter-metrics";
import { emailKey } from "./email-key";
import { checkFormToken } from "./form-token";
import { confirmationUrl, issuePledgeConfirmation } from "./issue-pledge-confirmation";
import { newPledgeId } from "./new-pledge-id";
import { pledgeConfirmationRequired } from "./pledge-confirmation-setting";
import { pledgeRecipientAllowance, pledgeRecipientKey } from "./pledge-email-limit";
import type { PledgeFieldErrors } from "./pledge-fields";
import { type PledgeInput, parsePledgeInput } from "./pledge-input-schema";
import {
  pledgeAddressAllowance,
  pledgeDomainAllowance,
  pledgeDomainKey,
} from "./pledge-rate-limit";

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
export type RecordPledgeResult = Result<
  {
    counted: boolean;
    /** PLEDGE_CONFIRMATION=required: the same for every signer, new or repeated. */
    awaitingConfirmation: boolean;
  },
  PledgeRefusal
>;

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
  const awaitingConfirmation = pledgeConfirmationRequired();
  if (typeof fields.website === "string" && fields.website.trim() !== "") {
    return ok({ counted: false, awaitingConfirmation });
  }

  const parsed = parsePledgeInput(fields);
  if (!parsed.ok) return parsed;

  const token = checkFormToken(fields.formToken, now.getTime());
  if (token === "tooFast") return refuse("tooFast");
  if (token !== "ok") return refuse("formExpired");

  const input = parsed.value;
  const row = awaitingConfirmation
    ? await insertUnconfirmedPledge(input, context, now)
    : await insertPledgeWithinAllowances(input, context, now);
  if (!row.byAddress) {
    return rateLimited(await refusedAllowance(pledgeAddressAllowance, context.ipHash, context));
  }
  const domainKey = pledgeDomainKey(context.ipHash, input.email);
  if (!row.byDomain) {
    // The address's bucket paid for a pledge the domain's refused: give it back.
    await returnAllowance(pledgeAddressAllowance, context.ipHash);
    return rateLimited(await refusedAllowance(pledgeDomainAllowance, domainKey, context));
  }
  const counted = row.inserted === 1 && !awaitingConfirmation;
  // After the commit, outside it: open pages' counters move (docs/decisions/028-live-counter.md).
  if (counted) announceStatsChanged();
  return ok({ counted, awaitingConfirmation });
}

function rateLimited(limit: RateLimitResult): RecordPledgeResult {
  return refuse("rateLimited", { retryAfterSeconds: limit.allowed ? 1 : limit.retryAfterSeconds });
}

// A pledge in one statement, so one round trip and one commit (one WAL flush, with
// synchronous_commit on): it spends one from the address's allowance, then, only if that paid, one
// from the address-and-domain allowance (pledge-rate-limit.ts), then, only if both paid, inserts
// the row and adds its two counter increments. All of it commits together or not at all.
// ON CONFLICT on the unique email key (NFC, lower case, no +tag: email-key.ts) makes a concurrent
// duplicate wait for the first insert and then do nothing, so it is neither stored nor counted. A
// repeat runs the very same statement as a new pledge, so it takes the same time.
const INSERT_PLEDGE = `
WITH ${clockSql("$4")},
by_address AS (
  ${spendAllowanceSql({ key: "$1", burst: "$5", perSecond: "$6", cost: "1" })}
), by_domain AS (
  ${spendAllowanceSql({ key: "$2", burst: "$7", perSecond: "$8", cost: "1" }, "EXISTS (SELECT 1 FROM by_address)")}
), inserted AS (
  INSERT INTO "Pledge" ("id", "createdAt", "updatedAt", "displayName", "email", "emailKey",
                        "country", "message", "messageStatus", "showOnWall", "status",
                        "consentAt", "consentNoticeVersion", "locale", "ipHash")
  SELECT $9::uuid, $3, $3, $10, $11, $12, $13, $14, $15::"MessageStatus", $16,
         CASE WHEN $23::boolean THEN 'UNCONFIRMED' ELSE 'ACTIVE' END::"PledgeStatus", $3,
         $17, $18, $19
   WHERE EXISTS (SELECT 1 FROM by_domain)
  ON CONFLICT ("emailKey") DO NOTHING
  RETURNING "id", "country"
), existing AS (
  SELECT "id", "status"::text AS "status", "displayName" FROM "Pledge"
   WHERE $23::boolean AND "emailKey" = $12
     AND EXISTS (SELECT 1 FROM by_domain) AND NOT EXISTS (SELECT 1 FROM inserted)
), by_recipient AS (
  ${spendAllowanceSql({ key: "$24", burst: "$25", perSecond: "$26", cost: "1" }, "$23::boolean AND EXISTS (SELECT 1 FROM by_domain)")}
), counted AS (
  ${countPledgeSql({ from: "inserted", shard: "$20", totalMetric: "$21", countryMetric: "$22", onlyIf: "NOT $23::boolean" })}
)
SELECT (SELECT count(*) FROM by_address)::int AS "byAddress",
       (SELECT count(*) FROM by_domain)::int AS "byDomain",
       (SELECT count(*) FROM inserted)::int AS "inserted",
       (SELECT count(*) FROM by_recipient)::int AS "byRecipient",
       coalesce((SELECT "id" FROM inserted), (SELECT "id" FROM existing))::text AS "pledgeId",
       (SELECT "status" FROM existing) AS "existingStatus",
       (SELECT "displayName" FROM existing) AS "existingName"`;

interface PledgeRow {
  byAddress: number;
  byDomain: number;
  inserted: number;
  byRecipient: number;
  pledgeId: string | null;
  existingStatus: string | null;
  existingName: string | null;
}

const NO_ROW: PledgeRow = {
  byAddress: 0,
  byDomain: 0,
  inserted: 0,
  byRecipient: 0,
  pledgeId: null,
  existingStatus: null,
  existingName: null,
};

function pledgeParameters(input: PledgeInput, context: PledgeContext, now: Date, confirm: boolean) {
  return [
    storedKey(pledgeAddressAllowance, context.ipHash),
    storedKey(pledgeDomainAllowance, pledgeDomainKey(context.ipHash, input.email)),
    now,
    context.now ?? null,
    pledgeAddressAllowance.burst,
    perSecond(pledgeAddressAllowance),
    pledgeDomainAllowance.burst,
    perSecond(pledgeDomainAllowance),
    newPledgeId(now.getTime()),
    input.displayName,
    input.email,
    emailKey(input.email),
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
    confirm,
    storedKey(pledgeRecipientAllowance, pledgeRecipientKey(input.email)),
    pledgeRecipientAllowance.burst,
    perSecond(pledgeRecipientAllowance),
  ];
}

async function insertPledgeWithinAllowances(
  input: PledgeInput,
  context: PledgeContext,
  now: Date,
): Promise<PledgeRow> {
  const { rows } = await pgPool.query<PledgeRow>(
    INSERT_PLEDGE,
    pledgeParameters(input, context, now, false),
  );
  return rows[0] ?? NO_ROW;
}

/**
 * PLEDGE_CONFIRMATION=required: the same statement stores the pledge UNCONFIRMED and counts
 * nothing; in the same transaction a confirmation link and its email are queued. A repeat of an
 * unconfirmed pledge gets a fresh link for it; a repeat of a confirmed one the "you have already
 * signed" email, after the very same work (a link is issued for it too and never sent), so the
 * time taken tells nothing either. Past the recipient's daily allowance nothing is sent
 * (pledge-email-limit.ts).
 */
async function insertUnconfirmedPledge(
  input: PledgeInput,
  context: PledgeContext,
  now: Date,
): Promise<PledgeRow> {
  return inTransaction(async (client) => {
    const { rows } = await client.query<PledgeRow>(
      INSERT_PLEDGE,
      pledgeParameters(input, context, now, true),
    );
    const row = rows[0] ?? NO_ROW;
    if (row.pledgeId === null || row.byRecipient === 0) return row;
    const confirmed = row.existingStatus !== null && row.existingStatus !== "UNCONFIRMED";
    const token = await issuePledgeConfirmation(client, row.pledgeId, now);
    await queueEmail(
      client,
      confirmed
        ? {
            kind: "pledge-already-signed",
            recipient: input.email,
            locale: context.locale,
            data: {},
            pledgeId: row.pledgeId,
          }
        : {
            kind: "pledge-confirm",
            recipient: input.email,
            locale: context.locale,
            data: {
              name: row.existingName ?? input.displayName,
              confirmUrl: confirmationUrl(context.locale, token),
            },
            pledgeId: row.pledgeId,
          },
    );
    return row;
  });
}
