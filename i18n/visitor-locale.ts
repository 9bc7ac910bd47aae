// Which of the six UN languages a visitor reads best, from the Accept-Language header: for pages
// outside the language-prefixed site, such as the staff sign-in page's public notice
// (docs/decisions/025-staff-notice.md). The same two libraries next-intl negotiates with: negotiator
// orders the header's languages by their q-values, @formatjs/intl-localematcher finds the closest
// of ours (ar-EG → ar, zh-CN → zh, fr-CA → fr).
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { UN_LOCALES, type UnLocale } from "./routing";

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The visitor's UN language; English when the header asks for none of the six, or is missing. */
export function visitorLocale(acceptLanguage: string | null | undefined): UnLocale {
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? undefined } })
    .languages()
    // "*" and malformed tags say nothing about a language; the matcher would throw on them.
    .filter(isLanguageTag);
  const matched = match(requested, [...UN_LOCALES], "en");
  return UN_LOCALES.find((locale) => locale === matched) ?? "en";
}
