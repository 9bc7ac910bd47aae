// The smallest gift the donate form accepts in each currency. Stripe refuses a charge below its
// minimum in the account's *settlement* currency once converted ("Amount must convert to at least
// ..."), not only below the presentment currency's own minimum: with USD settlement, GBP 0.30 and
// JPY 50 pass their own minimums and are refused. So a currency other than the settlement one must
// reach twice the settlement minimum at the fixed rates below, and never less than its own minimum.
// docs/decisions/022-donation-minimums.md says why twice, and where the figures come from.
// Pure: shared by the server and the donate form.
import { CURRENCY_RULES, type SupportedCurrency } from "./currencies";

/**
 * Units of each currency per euro: the European Central Bank's euro foreign exchange reference
 * rates of 2026-09-24 (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html).
 * Fixed on purpose: a minimum that moved with the market would change under a donor's eyes; the
 * margin below absorbs the market's moves instead.
 */
export const RATES_PER_EURO = {
  date: "2026-09-24",
  rates: {
    eur: 1,
    usd: 1.1367,
    jpy: 180.57,
    gbp: 0.85986,
    chf: 0.9409,
    aud: 1.6177,
    cad: 1.6047,
  } satisfies Record<SupportedCurrency, number>,
} as const;

/** How many times Stripe's settlement minimum a converted gift must reach. */
export const CONVERSION_MARGIN = 2;

/** Converts minor units between supported currencies at the fixed rates, rounding up. */
export function convertUp(amount: number, from: SupportedCurrency, to: SupportedCurrency): number {
  if (from === to) return amount;
  const major = amount / 10 ** CURRENCY_RULES[from].decimals;
  const converted = (major * RATES_PER_EURO.rates[to]) / RATES_PER_EURO.rates[from];
  // The float product can land a hair above a whole number; 1e-9 keeps 88.0000000001 at 88.
  return Math.ceil(converted * 10 ** CURRENCY_RULES[to].decimals - 1e-9);
}

/** Rounds up to a tidy figure for people: 0.88 -> 0.90, ¥159 -> ¥160. */
function tidyUp(amount: number): number {
  return Math.ceil(amount / 10) * 10;
}

/**
 * The lower bound for gifts in `currency` on an account that settles in `settlement`: Stripe's own
 * minimum in the same currency; otherwise the larger of the currency's own minimum and twice the
 * settlement minimum converted, rounded up to a tidy figure.
 */
export function minimumGift(currency: SupportedCurrency, settlement: SupportedCurrency): number {
  const own = CURRENCY_RULES[currency].minimum;
  if (currency === settlement) return own;
  const converted = convertUp(
    CONVERSION_MARGIN * CURRENCY_RULES[settlement].minimum,
    settlement,
    currency,
  );
  return Math.max(own, tidyUp(converted));
}
