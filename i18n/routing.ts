import { defineRouting } from "next-intl/routing";
import type { Messages } from "./messages";

// English only for now. The six UN languages (including Arabic, written right to left) come later:
// add them here and their catalogs in i18n/messages.ts; layouts take `lang` and `dir` from the locale.
export const routing = defineRouting({
  locales: ["en"],
  defaultLocale: "en",
  // English lives at `/`, `/privacy`, ...; other languages will get a prefix (`/fr/privacy`).
  localePrefix: "as-needed",
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
