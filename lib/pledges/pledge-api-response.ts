import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { loadSiteMessages } from "@/i18n/site-messages";
import { retryAfterMinutes } from "@/lib/rate-limit/consume-rate-limit";
import type { Refusal } from "@/lib/result";
import { BUSY_RETRY_AFTER_SECONDS } from "./busy-retry";
import type { PledgeErrorCode, PledgeField } from "./pledge-fields";
import type { PledgeRefusal, RecordPledgeResult } from "./record-pledge";

/** What the route itself can answer besides recordPledge's refusals. */
export type PledgeRouteRefusal = Refusal<"unavailable"> | Refusal<"invalidJson">;

export interface PledgeApiBody {
  /** "accepted", or the code of the refusal. */
  status: "accepted" | PledgeRefusal["code"] | PledgeRouteRefusal["code"];
  /** A sentence for a person, from the same catalog as the form. */
  message: string;
  fieldErrors?: Partial<Record<PledgeField, { code: PledgeErrorCode; message: string }>>;
  retryAfterSeconds?: number;
  /** "email": accepted, and counted once the signer confirms from the email sent to them. */
  confirmation?: "email";
}

export interface PledgeApiResponse {
  httpStatus: number;
  body: PledgeApiBody;
  headers: Record<string, string>;
}

async function translator(locale: AppLocale) {
  return createTranslator({
    locale,
    messages: await loadSiteMessages(locale),
    namespace: "Pledge",
  });
}

/**
 * POST /api/pledges's answer. An accepted pledge is 201 whether it was new, a repeat of an address
 * or a honeypot hit: the body is identical, so the API never reveals whether an address signed.
 */
export async function pledgeApiResponse(
  result: RecordPledgeResult | { ok: false; error: PledgeRouteRefusal },
  locale: AppLocale,
): Promise<PledgeApiResponse> {
  const t = await translator(locale);
  const noStore = { "Cache-Control": "no-store" };
  if (result.ok) {
    return {
      httpStatus: 201,
      body: result.value.awaitingConfirmation
        ? { status: "accepted", message: t("acceptedCheckInbox"), confirmation: "email" }
        : { status: "accepted", message: t("accepted") },
      headers: noStore,
    };
  }
  const refusal = result.error;
  switch (refusal.code) {
    case "invalid": {
      const fieldErrors: PledgeApiBody["fieldErrors"] = {};
      for (const [field, code] of Object.entries(refusal.fieldErrors) as Array<
        [PledgeField, PledgeErrorCode | undefined]
      >) {
        if (code !== undefined) fieldErrors[field] = { code, message: t(`errors.${code}`) };
      }
      return {
        httpStatus: 400,
        body: { status: "invalid", message: t("errorSummary"), fieldErrors },
        headers: noStore,
      };
    }
    // Refusals of the whole form, each told in its own sentence of the catalog.
    case "tooFast":
    case "formExpired":
    case "invalidJson":
      return {
        httpStatus: 400,
        body: { status: refusal.code, message: t(refusal.code) },
        headers: noStore,
      };
    case "rateLimited":
      return {
        httpStatus: 429,
        body: {
          status: "rateLimited",
          message: t("rateLimited", { minutes: retryAfterMinutes(refusal.retryAfterSeconds) }),
          retryAfterSeconds: refusal.retryAfterSeconds,
        },
        headers: { ...noStore, "Retry-After": String(refusal.retryAfterSeconds) },
      };
    case "unavailable":
      return {
        httpStatus: 503,
        body: {
          status: "unavailable",
          message: t("unavailable", { seconds: BUSY_RETRY_AFTER_SECONDS }),
          retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
        },
        headers: { ...noStore, "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) },
      };
  }
}
