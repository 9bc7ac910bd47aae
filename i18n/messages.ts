// The message catalogs. Each feature keeps its own file (messages/<locale>/<feature>.json, with its
// own top-level namespaces) so features can be written side by side; they are merged here.
//
// Every public language has the same files as English: messages/<locale>.json and
// messages/<locale>/{donate,email,pledge,safety}.json. The staff area stays English (it says so on its
// pages), so messages/en/admin.json has no translations and every locale is given the English one.
// A locale is enabled in i18n/routing.ts; its files are found here by name.

import admin from "../messages/en/admin.json";
import donate from "../messages/en/donate.json";
import email from "../messages/en/email.json";
import pledge from "../messages/en/pledge.json";
import safety from "../messages/en/safety.json";
import base from "../messages/en.json";
import type { UnLocale } from "./routing";

export const englishMessages = {
  ...base,
  ...admin,
  ...donate,
  ...email,
  ...pledge,
  ...safety,
};

export type Messages = typeof englishMessages;

/**
 * English's catalog files by name: "base" is messages/en.json, the others messages/en/<name>.json.
 * An operator's override file is checked against its English file (i18n/message-overrides.ts).
 */
export const englishCatalogFiles = { base, admin, donate, email, pledge, safety } as const;

/** The catalog files every public language has besides messages/<locale>.json. */
export const FEATURE_CATALOGS = ["donate", "email", "pledge", "safety"] as const;

/** The staff area's catalog: English only (i18n/routing.ts). */
export const STAFF_ONLY_CATALOGS = ["admin"] as const;

async function loadTranslatedMessages(locale: string): Promise<Messages> {
  // Template imports: the bundler includes every messages/*.json and messages/*/*.json file, so a
  // new locale needs no line here. Checked against English by tests/unit/i18n/catalogs.test.ts.
  const [localeBase, localeDonate, localeEmail, localePledge, localeSafety] = await Promise.all([
    import(`../messages/${locale}.json`),
    import(`../messages/${locale}/donate.json`),
    import(`../messages/${locale}/email.json`),
    import(`../messages/${locale}/pledge.json`),
    import(`../messages/${locale}/safety.json`),
  ]);
  return {
    ...(localeBase.default as typeof base),
    ...admin,
    ...(localeDonate.default as typeof donate),
    ...(localeEmail.default as typeof email),
    ...(localePledge.default as typeof pledge),
    ...(localeSafety.default as typeof safety),
  };
}

/** A language's built-in messages: any of the six whose catalogs are on disk, enabled or not. */
export async function loadMessages(locale: UnLocale): Promise<Messages> {
  if (locale === "en") return englishMessages;
  return loadTranslatedMessages(locale);
}
