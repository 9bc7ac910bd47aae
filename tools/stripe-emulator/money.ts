/**
 * Currencies the emulator accepts, with Stripe's minimum charge amounts and a fixed, fictional
 * exchange-rate table used to settle payments into the account's settlement currency. The rates
 * are round numbers on purpose: tests can compute the expected balance transaction by hand.
 */
export interface CurrencyInfo {
  /** Digits after the decimal point: 2 for cents, 0 for zero-decimal currencies like JPY. */
  decimals: number;
  /** Stripe's minimum charge amount, in minor units of this currency. */
  minimumAmount: number;
  /** US dollars one unit of this currency is worth (fixed, fictional, round on purpose). */
  usdPerUnit: number;
}

export const CURRENCIES: Readonly<Record<string, CurrencyInfo>> = {
  usd: { decimals: 2, minimumAmount: 50, usdPerUnit: 1 },
  eur: { decimals: 2, minimumAmount: 50, usdPerUnit: 1.1 },
  gbp: { decimals: 2, minimumAmount: 30, usdPerUnit: 1.25 },
  cad: { decimals: 2, minimumAmount: 50, usdPerUnit: 0.75 },
  aud: { decimals: 2, minimumAmount: 50, usdPerUnit: 0.65 },
  chf: { decimals: 2, minimumAmount: 50, usdPerUnit: 1.1 },
  jpy: { decimals: 0, minimumAmount: 50, usdPerUnit: 0.007 },
};

/** Stripe's largest amount for a single charge (8 digits of minor units). */
export const MAXIMUM_AMOUNT = 99_999_999;

/** Stripe-style processing fee: 2.9% of the settled amount plus a fixed 30 minor units. */
export const FEE_PERCENT = 2.9;
export const FEE_FIXED_MINOR = 30;
/** Fee Stripe takes when a dispute is opened, in minor units of the settlement currency. */
export const DISPUTE_FEE_MINOR = 1500;

export function currencyInfo(currency: string): CurrencyInfo | undefined {
  return CURRENCIES[currency.toLowerCase()];
}

function requireCurrency(currency: string): CurrencyInfo {
  const info = currencyInfo(currency);
  if (!info) throw new Error(`Unsupported currency ${currency}`);
  return info;
}

/** Rate that multiplies a major-unit amount in `from` to give major units of `to` (6 decimals). */
export function exchangeRate(from: string, to: string): number {
  return (
    Math.round((requireCurrency(from).usdPerUnit / requireCurrency(to).usdPerUnit) * 1e6) / 1e6
  );
}

/** Converts minor units of `from` into minor units of `to`, rounding half away from zero. */
export function convertMinor(amount: number, from: string, to: string): number {
  if (from === to) return amount;
  const fromInfo = requireCurrency(from);
  const toInfo = requireCurrency(to);
  const major = amount / 10 ** fromInfo.decimals;
  const converted = major * exchangeRate(from, to) * 10 ** toInfo.decimals;
  return Math.sign(converted) * Math.round(Math.abs(converted));
}

export function processingFee(settledAmount: number): number {
  return Math.round((settledAmount * FEE_PERCENT) / 100) + FEE_FIXED_MINOR;
}

/** `$5.00`, `¥500`, `€12.50`: for the hosted page and error messages. */
export function formatMoney(amount: number, currency: string): string {
  const info = requireCurrency(currency);
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: info.decimals,
    maximumFractionDigits: info.decimals,
  }).format(amount / 10 ** info.decimals);
}
