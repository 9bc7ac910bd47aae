import "server-only";
// Confirms a pledge from its email link's POST (never its GET: mail scanners follow every link).
// One statement finds the link (unexpired), turns the pledge from UNCONFIRMED to ACTIVE, marks the
// link used and adds the pledge to the counters; the thank-you email is queued in the same
// transaction. Two clicks at once: the second waits for the first's row lock, finds the pledge no
// longer UNCONFIRMED, and says "already confirmed"; the counters move once.
import type { AppLocale } from "@/i18n/routing";
import { inTransaction } from "@/lib/database/in-transaction";
import { queueEmail } from "@/lib/email/queue-email";
import { announceStatsChanged } from "@/lib/stats/announce-stats-changed";
import { countPledgeSql } from "@/lib/stats/count-pledge-sql";
import { COUNTER_METRICS, randomShard } from "@/lib/stats/counter-metrics";
import { CONFIRMATION_TOKEN, hashConfirmationToken } from "./confirmation-token";

export type ConfirmOutcome = "confirmed" | "already" | "invalid";

const CONFIRM = `
WITH link AS (
  SELECT "pledgeId" FROM "PledgeConfirmation" WHERE "tokenHash" = $1 AND "expiresAt" > now()
), confirmed AS (
  UPDATE "Pledge" SET "status" = 'ACTIVE', "confirmedAt" = now(), "updatedAt" = now()
    FROM link
   WHERE "Pledge"."id" = link."pledgeId" AND "Pledge"."status" = 'UNCONFIRMED'
  RETURNING "Pledge"."id", "Pledge"."country", "Pledge"."email", "Pledge"."locale",
            "Pledge"."displayName"
), used AS (
  UPDATE "PledgeConfirmation" SET "usedAt" = now()
   WHERE "tokenHash" = $1 AND EXISTS (SELECT 1 FROM confirmed)
), counted AS (
  ${countPledgeSql({ from: "confirmed", shard: "$2", totalMetric: "$3", countryMetric: "$4" })}
)
SELECT (SELECT count(*) FROM link)::int AS "found", confirmed.*
  FROM (SELECT 1) AS one LEFT JOIN confirmed ON true`;

interface ConfirmRow {
  found: number;
  id: string | null;
  email: string | null;
  locale: string | null;
  displayName: string | null;
}

export async function confirmPledge(token: unknown, locale: AppLocale): Promise<ConfirmOutcome> {
  if (typeof token !== "string" || !CONFIRMATION_TOKEN.test(token)) return "invalid";
  const outcome = await inTransaction(async (client): Promise<ConfirmOutcome> => {
    const { rows } = await client.query<ConfirmRow>(CONFIRM, [
      hashConfirmationToken(token),
      randomShard(),
      COUNTER_METRICS.pledges,
      COUNTER_METRICS.pledgesByCountry,
    ]);
    const row = rows[0];
    if (!row || row.found === 0) return "invalid";
    if (row.id === null || row.email === null) return "already";
    await queueEmail(client, {
      kind: "pledge-thanks",
      recipient: row.email,
      // The language of the page they confirmed on: the one they read the email in.
      locale,
      data: { name: row.displayName ?? "" },
      pledgeId: row.id,
    });
    return "confirmed";
  });
  if (outcome === "confirmed") announceStatsChanged();
  return outcome;
}
