import type Stripe from "stripe";
import type { UnLocale } from "@/i18n/routing";

/**
 * The language of the Stripe Customer Portal for a donor reading the site in `locale`. The portal
 * speaks five of the six UN languages (its `locale` parameter:
 * docs.stripe.com/api/customer_portal/sessions/create); for Arabic, which it does not offer,
 * "auto" follows the donor's browser, as Checkout does (checkout-locale.ts).
 */
const PORTAL_LOCALES: Record<UnLocale, Stripe.BillingPortal.SessionCreateParams.Locale> = {
  ar: "auto",
  zh: "zh",
  en: "en",
  fr: "fr",
  ru: "ru",
  es: "es",
};

export function portalLocale(locale: string): Stripe.BillingPortal.SessionCreateParams.Locale {
  return PORTAL_LOCALES[locale as UnLocale] ?? "auto";
}
