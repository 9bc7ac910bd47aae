// "Cover the card fee": the amount that, once Stripe has taken its fee, leaves the fund the gift the
// donor chose. Stripe's fee on a card payment is a percentage of the amount plus a fixed part, both
// set by the account's country; the defaults below are Stripe's standard rates for domestic cards
// (docs/decisions/022-donation-minimums.md lists the pricing pages), and STRIPE_FEE_PERCENT and
// STRIPE_FEE_FIXED replace them for an account on other pricing. Pure: the donate form computes the
// same amount live as the server charges.
import type { SupportedCurrency } from "./currencies";
import { convertUp } from "./minimum-amounts";

export interface CardFee {
  /** The percentage in hundredths of a percent: 2.9% is 290. */
  basisPoints: number;
  /** The fixed part, in minor units of the settlement currency. */
  fixed: number;
}

/** Stripe's standard fee for domestic cards, by the settlement currency of the account's country. */
export const STANDARD_CARD_FEES: Record<SupportedCurrency, CardFee> = {
  // stripe.com/pricing: 2.9% + 30¢.
  usd: { basisPoints: 290, fixed: 30 },
  // stripe.com/ie/pricing (EEA): standard EEA cards 1.5% + €0.25.
  eur: { basisPoints: 150, fixed: 25 },
  // stripe.com/gb/pricing: standard UK cards 1.5% + 20p.
  gbp: { basisPoints: 150, fixed: 20 },
  // stripe.com/ch/pricing: Swiss cards 2.9% + CHF 0.30.
  chf: { basisPoints: 290, fixed: 30 },
  // stripe.com/ca/pricing: 2.9% + C$0.30.
  cad: { basisPoints: 290, fixed: 30 },
  // stripe.com/au/pricing: domestic cards 1.7% + A$0.30 (from 1 April 2024).
  aud: { basisPoints: 170, fixed: 30 },
  // stripe.com/jp/pricing: 3.6%, no fixed part.
  jpy: { basisPoints: 360, fixed: 0 },
};

/** Stripe's fee on `total` minor units, with the fixed part already in the same currency. */
export function cardFeeOn(total: number, basisPoints: number, fixed: number): number {
  return Math.round((total * basisPoints) / 10_000) + fixed;
}

/** The fixed part of the fee in the currency the donor gives in (converted up at the fixed rates). */
export function fixedFeeIn(
  fee: CardFee,
  currency: SupportedCurrency,
  settlement: SupportedCurrency,
): number {
  return convertUp(fee.fixed, settlement, currency);
}

/**
 * The smallest total whose fee leaves at least `gift` (total - fee(total) >= gift): grossed up as
 * (gift + fixed) / (1 - rate), then moved by a unit or two across Stripe's rounding of the
 * percentage. What is left after the fee never falls as the total grows (the rounded percentage
 * grows by at most one unit per unit), so the steps end.
 */
export function coveredAmount(gift: number, basisPoints: number, fixed: number): number {
  const leaves = (total: number) => total - cardFeeOn(total, basisPoints, fixed) >= gift;
  let total = Math.ceil(((gift + fixed) * 10_000) / (10_000 - basisPoints));
  while (!leaves(total)) total += 1;
  while (total > gift && leaves(total - 1)) total -= 1;
  return total;
}
