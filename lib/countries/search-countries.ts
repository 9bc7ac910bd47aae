// The pledge form's country search, run in the browser on the list the server built
// (list-countries.ts): matches the name and the other names of each country, whatever the case and
// accents, and puts the best match first, so "UK" picks the United Kingdom, not Ukraine.

export interface SearchableCountry {
  code: string;
  name: string;
  /** Other names a reader of the page's language may type (country-aliases.ts). */
  aliases: readonly string[];
}

/**
 * Text as the search compares it: case, accents and Arabic vowel marks folded away (NFKD, then
 * every combining mark dropped), the Arabic letter variants people use interchangeably made one
 * (أ إ آ → ا, ة → ه, ى → ي), full-width forms made plain, punctuation and spacing reduced to one
 * space ("U.S." = "US", "Côte d’Ivoire" = "cote divoire").
 */
export function foldSearchText(text: string, locale: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase(locale)
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/[’'`.]/g, "")
    .replace(/[\s\p{P}\p{S}]+/gu, " ")
    .trim();
}

// How well one name matches: the whole name, the start of the name, the start of a word, anywhere.
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const INSIDE = 3;
const NONE = 4;

function rankName(name: string, query: string): number {
  if (name === query) return EXACT;
  if (name.startsWith(query)) return PREFIX;
  if (name.includes(` ${query}`)) return WORD_PREFIX;
  // Chinese has no spaces between words: any part of the name is a fair match.
  if (name.includes(query)) return INSIDE;
  return NONE;
}

export interface CountryIndex<C extends SearchableCountry> {
  entries: { country: C; names: string[] }[];
  locale: string;
}

/** Folds every name once, so each keystroke only compares. */
export function indexCountries<C extends SearchableCountry>(
  countries: readonly C[],
  locale: string,
): CountryIndex<C> {
  return {
    locale,
    entries: countries.map((country) => ({
      country,
      names: [country.name, ...country.aliases].map((name) => foldSearchText(name, locale)),
    })),
  };
}

/**
 * The countries matching `query`, best first: an exact name or abbreviation before a name that
 * starts with it, before a word that starts with it, before one that contains it; ties keep the
 * list's own order (the language's collation).
 */
export function searchCountries<C extends SearchableCountry>(
  index: CountryIndex<C>,
  query: string,
): C[] {
  const folded = foldSearchText(query, index.locale);
  if (folded === "") return index.entries.map((entry) => entry.country);
  return index.entries
    .map((entry, order) => ({
      country: entry.country,
      order,
      rank: Math.min(...entry.names.map((name) => rankName(name, folded))),
    }))
    .filter((match) => match.rank < NONE)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((match) => match.country);
}
