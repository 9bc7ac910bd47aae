import { defineRouting } from "next-intl/routing";
import type { Messages } from "./messages";

/**
 * The six official UN languages, in the UN's order (alphabetical in English).
 */
export const UN_LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

export type UnLocale = (typeof UN_LOCALES)[number];

// The languages this site serves: all six. Taking one out (or adding one) is this one line; its
// catalogs are found by name (messages/<locale>.json and messages/<locale>/{donate,email,pledge,safety}.json:
// i18n/messages.ts). tests/unit/i18n/catalogs.test.ts checks every catalog present, enabled or not.
// Keep UN order. Layouts take `lang` and `dir` from the locale.
const ENABLED_LOCALES = UN_LOCALES;

export const routing = defineRouting({
  locales: ENABLED_LOCALES,
  defaultLocale: "en",
  // Every page has one address per language, English too (`/en/privacy`, `/fr/privacy`). `/` and
  // any address without a language answer a redirect chosen from Accept-Language, each time: with
  // no cookie, an unprefixed English `/privacy` could never be reached from a French browser
  // (docs/decisions/019-language-routing.md).
  localePrefix: "always",
  // The pages' own <link rel="alternate" hreflang> (lib/campaign/page-metadata.ts) say it, with
  // x-default; next-intl's Link header would repeat it on every response.
  alternateLinks: false,
  // No NEXT_LOCALE cookie: the address carries the locale, so a public page sets no cookie (a
  // shared cache can keep it) and there is no cookie to secure. A second language may bring it
  // back, as `{ name: "__Secure-NEXT_LOCALE", secure: true }` on https (next-intl's client writes
  // it, so it cannot be HttpOnly): docs/decisions/014-security-headers.md.
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];

// Typed locales and message keys: a missing or misspelled key fails `tsc`, not a visitor's page.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
