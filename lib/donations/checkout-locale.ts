import type Stripe from "stripe";
import type { UnLocale } from "@/i18n/routing";

/**
 * The language Stripe Checkout is shown in for a donor reading the site in `locale`. Checkout speaks
 * five of the six UN languages (its `locale` parameter: docs.stripe.com/api/checkout/sessions/create;
 * `zh` is Simplified Chinese); for Arabic, which it does not offer, "auto" lets Stripe follow the
 * donor's browser rather than force one language on them.
 */
const CHECKOUT_LOCALES: Record<UnLocale, Stripe.Checkout.SessionCreateParams.Locale> = {
  ar: "auto",
  zh: "zh",
  en: "en",
  fr: "fr",
  ru: "ru",
  es: "es",
};

export function checkoutLocale(locale: string): Stripe.Checkout.SessionCreateParams.Locale {
  return CHECKOUT_LOCALES[locale as UnLocale] ?? "auto";
}
