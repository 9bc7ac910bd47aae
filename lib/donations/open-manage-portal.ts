import "server-only";
// What a "manage my monthly gift" link does: checks its token, then asks Stripe for a Customer
// Portal session for that donation's customer, in the donor's language, coming back to the site.
// Limited per address: each opening costs Stripe calls, and a guessed token must stay a guess.
import { consumeRateLimit, type RateLimitPolicy } from "@/lib/rate-limit/consume-rate-limit";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { donationsConfigured, getStripe } from "@/lib/stripe";
import { localisedUrl } from "./create-checkout-session";
import { checkManageToken } from "./manage-token";
import { forgetPortalConfiguration, portalConfigurationId } from "./portal-configuration";
import { portalLocale } from "./portal-locale";

export type OpenPortalResult = Result<
  { url: string },
  | Refusal<"invalid">
  | Refusal<"expired">
  | Refusal<"rateLimited", { retryAfterSeconds: number }>
  | Refusal<"notConfigured">
>;

export function openPortalPolicy(): RateLimitPolicy {
  return { name: "donation-manage-open-ip", points: 20, durationSeconds: 600 };
}

/** Where the portal's "return" link leads: the manage page, saying the donor is back. */
export function portalReturnUrl(locale: string): string {
  const url = localisedUrl(locale, "/donate/manage");
  url.searchParams.set("from", "portal");
  return url.toString();
}

export async function openManagePortal(
  token: unknown,
  context: { ipHash: string; locale: string },
): Promise<OpenPortalResult> {
  if (!donationsConfigured()) return refuse("notConfigured");
  const limit = await consumeRateLimit(openPortalPolicy(), context.ipHash);
  if (!limit.allowed) return refuse("rateLimited", { retryAfterSeconds: limit.retryAfterSeconds });
  const check = await checkManageToken(token);
  if (check.status === "expired") return refuse("expired");
  if (check.status === "invalid") return refuse("invalid");
  const customer = check.donation.stripeCustomerId;
  if (!customer) return refuse("invalid");
  const create = async () =>
    getStripe().billingPortal.sessions.create({
      customer,
      configuration: await portalConfigurationId(),
      locale: portalLocale(context.locale),
      return_url: portalReturnUrl(context.locale),
    });
  try {
    return ok({ url: (await create()).url });
  } catch (error) {
    // The remembered configuration is gone from the account: find or make it again, once.
    if (!isMissingConfiguration(error)) throw error;
    forgetPortalConfiguration();
    return ok({ url: (await create()).url });
  }
}

function isMissingConfiguration(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, param } = error as { code?: unknown; param?: unknown };
  return code === "resource_missing" && param === "configuration";
}

/** The link a donor follows: `/fr/donate/manage/open?token=...`. */
export function manageLinkUrl(locale: string, token: string): string {
  const url = localisedUrl(locale, "/donate/manage/open");
  url.searchParams.set("token", token);
  return url.toString();
}
