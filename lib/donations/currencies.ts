// Currencies a donation can be made in, with what Stripe requires of each. Amounts are always
// integers of minor units (cents; yen for JPY, which has none): JPY 500 is 500, USD 5.00 is 500.
// Pure functions, shared by the server and the donate form. Money becomes text for people in one
// place only: formatMoney in lib/money/format-money.ts.

import { minorUnitDigits } from "@/lib/money/format-money";

export interface CurrencyRules {
  /** Digits after the decimal point: 2 for cents, 0 for zero-decimal currencies such as JPY. */
  decimals: number;
  /** Stripe's minimum charge in minor units (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts). */
  minimum: number;
  /** The default largest gift, in minor units (DONATION_MAX overrides it). */
  maximum: number;
  /** The default preset amounts, in minor units (DONATION_PRESETS overrides them). */
  presets: readonly number[];
}

/** Stripe's own ceiling for one charge: 8 digits of minor units. */
export const STRIPE_MAXIMUM_AMOUNT = 99_999_999;

export const CURRENCY_RULES = {
  usd: { decimals: 2, minimum: 50, maximum: 1_000_000, presets: [1000, 2500, 5000, 10000] },
  eur: { decimals: 2, minimum: 50, maximum: 1_000_000, presets: [1000, 2500, 5000, 10000] },
  gbp: { decimals: 2, minimum: 30, maximum: 1_000_000, presets: [1000, 2500, 5000, 10000] },
  chf: { decimals: 2, minimum: 50, maximum: 1_000_000, presets: [1000, 2500, 5000, 10000] },
  cad: { decimals: 2, minimum: 50, maximum: 1_000_000, presets: [1500, 3000, 7500, 15000] },
  aud: { decimals: 2, minimum: 50, maximum: 1_000_000, presets: [1500, 3000, 7500, 15000] },
  jpy: { decimals: 0, minimum: 50, maximum: 1_500_000, presets: [1000, 3000, 5000, 10000] },
} as const satisfies Record<string, CurrencyRules>;

export type SupportedCurrency = keyof typeof CURRENCY_RULES;

export function isSupportedCurrency(code: string): code is SupportedCurrency {
  return Object.hasOwn(CURRENCY_RULES, code);
}

/** Stripe's digits of the minor unit, for any currency (lib/money/format-money.ts). */
export function currencyDecimals(currency: string): number {
  return minorUnitDigits(currency);
}

export function isZeroDecimal(currency: string): boolean {
  return currencyDecimals(currency) === 0;
}

/** The thousands separator and the decimal mark `locale` writes ("fr": a space and a comma). */
function separatorsOf(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === "group")?.value ?? ",",
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An amount as typed on any keyboard, in the plain digits and point the parser reads: full-width
 * digits (Chinese input) by NFKC, Arabic-Indic and Persian digits and the Arabic decimal separator
 * "٫" mapped, and a decimal comma ("25,50", as French, Spanish and Russian keyboards give it)
 * read as a point when one or two digits follow it. Without a language "1,000" stays refused: a
 * thousands comma read as a decimal one would charge one unit for a thousand.
 *
 * Given the page's language, an amount grouped in thousands as that language writes it is read
 * too: "1,000.50" in English, "1 000,50" in French or Russian, "1.000,50" and "1.000" in Spanish.
 * Only whole groups of three count, so "12,50" stays twelve and a half everywhere.
 */
export function normaliseTypedAmount(text: string, locale?: string): string {
  const plain = text
    .normalize("NFKC")
    .trim()
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ".");
  if (locale !== undefined) {
    const { group, decimal } = separatorsOf(locale);
    // NFKC has made the no-break spaces French and Russian group with into plain ones.
    const groupPattern = /\s/.test(group) ? "\\s" : escapeRegExp(group);
    const grouped = new RegExp(
      `^(\\d{1,3}(?:${groupPattern}\\d{3})+)(?:${escapeRegExp(decimal)}(\\d+))?$`,
    ).exec(plain);
    if (grouped?.[1] !== undefined) {
      const whole = grouped[1].replace(/\D/g, "");
      return grouped[2] === undefined ? whole : `${whole}.${grouped[2]}`;
    }
  }
  return /^\d+,\d{1,2}$/.test(plain) ? plain.replace(",", ".") : plain;
}

/**
 * Parses what a person typed ("25", "25.5"; "1,000" only where the page's language groups so)
 * into minor units without floating point. Returns null for anything that is not a plain amount
 * with at most the currency's decimals (so "500.5" yen is refused rather than rounded).
 */
export function parseMajorAmount(text: string, currency: string, locale?: string): number | null {
  const decimals = currencyDecimals(currency);
  const match = /^(\d{1,9})(?:[.](\d+))?$/.exec(normaliseTypedAmount(text, locale));
  if (!match) return null;
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  if (fraction.length > decimals) {
    // Trailing zeros are harmless ("10.00" yen is 10 yen); anything else is a fraction we refuse.
    if (!/^0*$/.test(fraction.slice(decimals))) return null;
  }
  const fractionDigits = fraction.slice(0, decimals).padEnd(decimals, "0");
  const minor = Number(whole) * 10 ** decimals + (decimals === 0 ? 0 : Number(fractionDigits));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as a plain decimal string for an input field: 2500 USD -> "25", 2550 -> "25.50". */
export function minorToMajorText(amount: number, currency: string): string {
  const decimals = currencyDecimals(currency);
  if (decimals === 0) return String(amount);
  const whole = Math.floor(amount / 10 ** decimals);
  const fraction = amount % 10 ** decimals;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(decimals, "0")}`;
}
