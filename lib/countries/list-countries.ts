import { countryAliases } from "./country-aliases";
import { COUNTRY_CODES, type CountryCode, isCountryCode } from "./country-codes";
import type { SearchableCountry } from "./search-countries";

export interface Country {
  code: CountryCode;
  name: string;
}

/** Every country with its name in `locale`, sorted the way a reader of that language expects. */
export function listCountries(locale: string): Country[] {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/** The same list, each country with the other names a reader of `locale` may search it by. */
export function listSearchableCountries(locale: string): (Country & SearchableCountry)[] {
  return listCountries(locale).map((country) => ({
    ...country,
    aliases: countryAliases(country.code, locale),
  }));
}

/** The name of one country in `locale` (the code itself if the runtime does not know it). */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
}

/**
 * The country named by the first language tag that carries a region ("en-GB" -> "GB"), from an
 * Accept-Language header or `navigator.languages`. A bare language ("fr") names no country: guessing
 * one would be wrong for most of the world's French speakers, so it gives nothing.
 */
export function countryFromLanguages(languages: readonly string[]): CountryCode | undefined {
  for (const tag of languages) {
    const cleaned = tag.split(";")[0]?.trim() ?? "";
    if (cleaned === "" || cleaned === "*") continue;
    try {
      const region = new Intl.Locale(cleaned).region;
      if (region !== undefined && isCountryCode(region)) return region;
    } catch {
      // Not a well-formed language tag: try the next one.
    }
  }
  return undefined;
}

/** Splits an Accept-Language header into its tags, in the order given (quality values ignored). */
export function parseAcceptLanguage(header: string | null): string[] {
  if (header === null) return [];
  return header
    .split(",")
    .map((part) => part.split(";")[0]?.trim() ?? "")
    .filter((tag) => tag !== "");
}
