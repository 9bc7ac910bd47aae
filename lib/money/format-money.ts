// The one place money becomes text for people. Amounts are integers of minor units as Stripe counts
// them, with an ISO 4217 code in any case ("jpy" as Stripe writes it, "JPY" as SQL upper-cases it).
// Pure: shared by server pages, the donate form in the browser and staff screens.
//
// Stripe's minor units are not always ISO's (https://docs.stripe.com/currencies#zero-decimal and
// #special-cases), so the digits an amount is divided by come from Stripe's documented lists, and
// the way the number is written (symbol, grouping, digits, where the sign goes) from Intl:
// - zero-decimal: the amount is whole units (JPY 3000 is ¥3,000);
// - three-decimal: thousandths (KWD 5120 is 5.120);
// - every other currency has two decimals, including ISK and UGX, which ISO and Intl count as
//   whole-unit currencies but Stripe keeps at two decimals "where the decimal amount is always 00"
//   (ISK 500 is 5 krónur), and HUF and TWD, which Stripe charges with two decimals (it only pays
//   them out in whole units) although Intl writes HUF without decimals.
import { textDirection } from "@/lib/campaign/text-direction";

/** Stripe's list of zero-decimal currencies, as it prints it (UGX included). */
export const STRIPE_ZERO_DECIMAL_CURRENCIES = [
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
] as const;

/**
 * Whole-unit currencies that Stripe still counts in hundredths for backward compatibility (its
 * "Special cases" table): an amount of 500 is 5 units, and only multiples of 100 are charged.
 */
export const STRIPE_TWO_DECIMAL_WHOLE_CURRENCIES = ["isk", "ugx"] as const;

/** Stripe's three-decimal currencies; it charges them in multiples of ten. */
export const STRIPE_THREE_DECIMAL_CURRENCIES = ["bhd", "jod", "kwd", "omr", "tnd"] as const;

const zeroDecimal: ReadonlySet<string> = new Set(
  STRIPE_ZERO_DECIMAL_CURRENCIES.filter(
    (code) => !(STRIPE_TWO_DECIMAL_WHOLE_CURRENCIES as readonly string[]).includes(code),
  ),
);
const threeDecimal: ReadonlySet<string> = new Set(STRIPE_THREE_DECIMAL_CURRENCIES);

/** The digits of Stripe's minor unit: 0 for JPY (and ¥1 is 1), 2 for USD and ISK, 3 for KWD. */
export function minorUnitDigits(currency: string): 0 | 2 | 3 {
  const code = currency.toLowerCase();
  if (zeroDecimal.has(code)) return 0;
  if (threeDecimal.has(code)) return 3;
  return 2;
}

/** Left-to-right isolate and its end (Unicode Bidirectional Algorithm, UAX #9). */
const LRI = "\u2066";
const PDI = "\u2069";

/**
 * Minor units for people, in their language: 2500 USD is "$25", 2550 EUR "€25.50", 3000 JPY
 * "¥3,000", 300000 ISK "ISK 3,000". A whole amount shows no decimals; any other shows every digit
 * of the minor unit, never rounded (HUF 1045 is "HUF 10.45", though Intl writes HUF in whole
 * forints). In a right-to-left language the currency symbol is isolated as left to right: "US$"
 * holds a neutral "$" that the bidirectional algorithm would otherwise move to the other side
 * ("$US"); the number keeps the place CLDR gives it. Throws a RangeError for a malformed code.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Money must be an integer of minor units, got ${amount} ${currency}`);
  }
  const digits = minorUnitDigits(currency);
  const unit = 10 ** digits;
  const magnitude = Math.abs(amount);
  const fraction = magnitude % unit;
  // The number as an exact decimal string: Intl formats it without going through a float.
  const decimal = `${amount < 0 ? "-" : ""}${Math.floor(magnitude / unit)}${
    digits === 0 ? "" : `.${String(fraction).padStart(digits, "0")}`
  }`;
  const shown = fraction === 0 ? 0 : digits;
  const parts = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: shown,
    maximumFractionDigits: shown,
  }).formatToParts(decimal as Intl.StringNumericLiteral);
  const rtl = textDirection(locale) === "rtl";
  return parts
    .map((part) => (rtl && part.type === "currency" ? `${LRI}${part.value}${PDI}` : part.value))
    .join("");
}
