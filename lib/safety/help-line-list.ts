// The help lines a page shows: the built-in ones (lib/safety/help-lines.ts) with the operator's
// file (HELP_LINES_FILE) laid over them, grouped by country, the visitor's country first.
import { type CountryCode, isCountryCode } from "@/lib/countries/country-codes";
import { countryFromLanguages, parseAcceptLanguage } from "@/lib/countries/list-countries";
import type { HelpLine } from "./help-line-schema";
import { BUILT_IN_HELP_LINES, COUNTRY_DIRECTORIES, EMERGENCY_NUMBERS } from "./help-lines";

export type ShownHelpLine = HelpLine & {
  /** True for an entry of this repository, whose note lives in the catalogs. */
  builtIn: boolean;
};

/** An operator's entry with a built-in id replaces it; any other is added. */
export function mergeHelpLines(
  builtIn: readonly HelpLine[],
  operator: readonly HelpLine[],
): ShownHelpLine[] {
  const replaced = new Set(operator.map((line) => line.id));
  return [
    ...builtIn.filter((line) => !replaced.has(line.id)).map((line) => ({ ...line, builtIn: true })),
    ...operator.map((line) => ({ ...line, builtIn: false })),
  ];
}

export function shownHelpLines(operator: readonly HelpLine[]): ShownHelpLine[] {
  return mergeHelpLines(BUILT_IN_HELP_LINES, operator);
}

export type CountryHelp = { country: string; lines: ShownHelpLine[] };

/**
 * One group per country, sorted by the country's name in the reader's language; `first` (the
 * visitor's country, when known and listed) leads.
 */
export function helpLinesByCountry(
  lines: readonly ShownHelpLine[],
  countryName: (code: string) => string,
  collator: Intl.Collator,
  first?: string,
): CountryHelp[] {
  const groups = new Map<string, ShownHelpLine[]>();
  for (const line of lines) groups.set(line.country, [...(groups.get(line.country) ?? []), line]);
  return [...groups.entries()]
    .map(([country, countryLines]) => ({ country, lines: countryLines }))
    .sort((a, b) => {
      if (a.country === first) return -1;
      if (b.country === first) return 1;
      return collator.compare(countryName(a.country), countryName(b.country));
    });
}

/** The visitor's country from `?country=`, if it is a country's two-letter code; else nothing. */
export function requestedCountry(value: string | string[] | undefined): CountryCode | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  const code = text?.trim().toUpperCase();
  return code !== undefined && isCountryCode(code) ? code : undefined;
}

export type VisitorCountry = { code: CountryCode; from: "choice" | "language" };

/**
 * The country to show first: the one the visitor chose (`?country=`, also how the pledge's
 * thank-you page passes the signer's choice), else the region of their browser's language
 * ("fr-CA" -> CA; a bare "fr" names none). The page says which, so a guess is never taken for fact.
 */
export function visitorCountry(
  query: string | string[] | undefined,
  acceptLanguage: string | null,
): VisitorCountry | undefined {
  const chosen = requestedCountry(query);
  if (chosen !== undefined) return { code: chosen, from: "choice" };
  const guessed = countryFromLanguages(parseAcceptLanguage(acceptLanguage));
  return guessed === undefined ? undefined : { code: guessed, from: "language" };
}

/** The emergency numbers, those for the visitor's country first. */
export function emergencyNumbersFor(country?: string) {
  const matches = (entry: (typeof EMERGENCY_NUMBERS)[number]) =>
    country !== undefined && entry.countries.includes(country);
  return [...EMERGENCY_NUMBERS].sort((a, b) => Number(matches(b)) - Number(matches(a)));
}

export function countryDirectory(country?: string) {
  return COUNTRY_DIRECTORIES.find((directory) => directory.country === country);
}

/** A dialable `tel:` address: the digits (and a leading +) of the number as written. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}
