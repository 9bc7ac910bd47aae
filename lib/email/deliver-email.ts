import "server-only";
import { hasLocale } from "next-intl";
// One delivery attempt of one outbox row, run by the queue worker for a `deliver-email` job.
//
// Never twice at once: the attempt first claims the row (QUEUED, or SENDING whose claim ran out
// because its worker died) in one UPDATE, so of two attempts only one hands the message over.
// Never lost: a failure puts the row back to QUEUED and throws, and the queue retries the job
// with growing pauses; a crash leaves the job active until it expires, and then it is retried.
// The one case no mail system can close: a worker that dies after the server accepted the message
// and before the row says SENT sends it again on the retry, with the same Message-ID, which
// receiving systems use to drop the copy.
import type { Transporter } from "nodemailer";
import { routing } from "@/i18n/routing";
import { loadSiteMessages } from "@/i18n/site-messages";
import { pgPool } from "@/lib/db";
import { env } from "@/lib/env";
import { type EmailSender, emailContent } from "./email-content";
import { type EmailData, isEmailKind } from "./email-kinds";
import { renderEmail } from "./render-email";

export type DeliveryOutcome = "sent" | "already-done" | "failed";

interface ClaimedRow {
  id: string;
  kind: string;
  recipient: string;
  locale: string;
  data: unknown;
}

export interface DeliveryAttempt {
  outboxId: string;
  transport: Transporter;
  /** True on the queue's last try: a failure then marks the row FAILED for staff. */
  lastTry: boolean;
}

export function emailSender(): EmailSender {
  return {
    name: env.OPERATOR_NAME,
    postalAddress: env.OPERATOR_POSTAL_ADDRESS,
    contactEmail: env.OPERATOR_CONTACT_EMAIL,
    siteUrl: env.SITE_URL.replace(/\/+$/, ""),
  };
}

export async function deliverEmail(attempt: DeliveryAttempt): Promise<DeliveryOutcome> {
  const claimMs = 2 * env.EMAIL_SEND_TIMEOUT_MS;
  const { rows } = await pgPool.query<ClaimedRow>(
    `UPDATE "EmailOutbox"
        SET "status" = 'SENDING', "attempts" = "attempts" + 1,
            "claimedUntil" = now() + make_interval(secs => $2::double precision / 1000)
      WHERE "id" = $1
        AND ("status" = 'QUEUED' OR ("status" = 'SENDING' AND "claimedUntil" < now()))
      RETURNING "id", "kind", "recipient", "locale", "data"`,
    [attempt.outboxId, claimMs],
  );
  const row = rows[0];
  if (!row) {
    const { rows: current } = await pgPool.query<{ status: string }>(
      `SELECT "status" FROM "EmailOutbox" WHERE "id" = $1`,
      [attempt.outboxId],
    );
    // SENDING: another attempt holds it right now; the queue tries again later, when that one has
    // finished or its claim has run out. Otherwise it is gone (its pledge was erased), sent, or
    // given up on: nothing to do.
    if (current[0]?.status === "SENDING") throw new Error("another attempt is sending this email");
    return "already-done";
  }

  try {
    if (!isEmailKind(row.kind)) throw new PermanentEmailError(`unknown email kind ${row.kind}`);
    const locale = hasLocale(routing.locales, row.locale) ? row.locale : routing.defaultLocale;
    const content = emailContent(
      row.kind,
      row.data as EmailData[typeof row.kind],
      locale,
      await loadSiteMessages(locale),
      emailSender(),
    );
    const message = renderEmail(content);
    const host = new URL(env.SITE_URL).hostname;
    await attempt.transport.sendMail({
      from: { name: env.OPERATOR_NAME, address: env.EMAIL_FROM ?? "" },
      replyTo: env.EMAIL_REPLY_TO ?? env.OPERATOR_CONTACT_EMAIL,
      to: row.recipient,
      subject: message.subject,
      html: message.html,
      text: message.text,
      messageId: `<${row.id}@${host}>`,
      headers: { "Content-Language": locale, "Auto-Submitted": "auto-generated" },
    });
  } catch (error) {
    const permanent = error instanceof PermanentEmailError || isPermanentSmtpError(error);
    const giveUp = permanent || attempt.lastTry;
    await pgPool.query(
      `UPDATE "EmailOutbox" SET "status" = $2::"EmailStatus", "claimedUntil" = NULL,
              "lastError" = left($3, 1000)
        WHERE "id" = $1`,
      [row.id, giveUp ? "FAILED" : "QUEUED", describeError(error)],
    );
    if (permanent) return "failed";
    throw error;
  }
  // Sent: the data (a link with its secret, a name) is no longer needed.
  await pgPool.query(
    `UPDATE "EmailOutbox" SET "status" = 'SENT', "sentAt" = now(), "claimedUntil" = NULL,
            "lastError" = NULL, "data" = '{}'::jsonb
      WHERE "id" = $1`,
    [row.id],
  );
  return "sent";
}

/** A message no retry can deliver (a bug of ours, or a server's 5xx refusal). */
class PermanentEmailError extends Error {}

/** SMTP 5xx: the server refuses this message for good (no such mailbox, refused content). */
function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const response = (error as { response?: unknown }).response;
  return typeof response === "string" ? `${error.message} (${response})` : error.message;
}
