// What the donate page offers: currencies, presets, minimums and maximums, and the card fee a donor
// may cover. Built from DONATION_CURRENCIES, DONATION_PRESETS, DONATION_MAX, SETTLEMENT_CURRENCY and
// STRIPE_FEE_* over the defaults in currencies.ts, minimum-amounts.ts and card-fee.ts.
// Pure (the env values are passed in), so the donate form, the server and tests share it.
import { type CardFee, fixedFeeIn, STANDARD_CARD_FEES } from "./card-fee";
import {
  CURRENCY_RULES,
  isSupportedCurrency,
  parseMajorAmount,
  STRIPE_MAXIMUM_AMOUNT,
  type SupportedCurrency,
} from "./currencies";
import { minimumGift } from "./minimum-amounts";

export interface CurrencyOption {
  code: SupportedCurrency;
  decimals: number;
  /** Minor units: the smallest gift Stripe will accept once converted (minimum-amounts.ts). */
  minimum: number;
  maximum: number;
  presets: number[];
  /** The fixed part of the card fee, in minor units of this currency. */
  feeFixed: number;
}

export interface DonationConfig {
  /** In the order offered; the first is the default. */
  currencies: CurrencyOption[];
  settlementCurrency: SupportedCurrency;
  /** Stripe's card fee on the account, for "cover the card fee" (card-fee.ts). */
  cardFee: CardFee;
}

export interface DonationConfigInput {
  DONATION_CURRENCIES: string;
  DONATION_PRESETS?: string | undefined;
  DONATION_MAX?: string | undefined;
  SETTLEMENT_CURRENCY: string;
  STRIPE_FEE_PERCENT?: string | undefined;
  STRIPE_FEE_FIXED?: string | undefined;
}

export class DonationConfigError extends Error {
  constructor(message: string) {
    super(`Donation configuration: ${message}`);
    this.name = "DonationConfigError";
  }
}

/** "usd=10,25;jpy=1000" -> { usd: ["10","25"], jpy: ["1000"] } */
function perCurrency(text: string | undefined, variable: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (!text) return result;
  for (const part of text.split(";")) {
    if (!part.trim()) continue;
    const [code, values] = part.split("=");
    const currency = code?.trim().toLowerCase() ?? "";
    if (!currency || values === undefined) {
      throw new DonationConfigError(
        `${variable} must look like "usd=10,25,50;jpy=1000" (got "${part}")`,
      );
    }
    result.set(
      currency,
      values
        .split(",")
        .map((value) => value.trim())
        .filter(Boolean),
    );
  }
  return result;
}

function toMinor(text: string, currency: string, variable: string): number {
  const amount = parseMajorAmount(text, currency);
  if (amount === null || amount <= 0) {
    throw new DonationConfigError(`${variable}: "${text}" is not a valid ${currency} amount`);
  }
  return amount;
}

function cardFeeOf(input: DonationConfigInput, settlement: SupportedCurrency): CardFee {
  const standard = STANDARD_CARD_FEES[settlement];
  const percent = input.STRIPE_FEE_PERCENT;
  // "2.9" -> 290 hundredths of a percent, without floating point.
  const basisPoints =
    percent === undefined ? standard.basisPoints : (parseMajorAmount(percent, "usd") ?? NaN);
  if (!Number.isInteger(basisPoints) || basisPoints >= 5000) {
    throw new DonationConfigError(`STRIPE_FEE_PERCENT: "${percent}" is not a percentage below 50`);
  }
  const fixedText = input.STRIPE_FEE_FIXED;
  const fixed =
    fixedText === undefined ? standard.fixed : (parseMajorAmount(fixedText, settlement) ?? NaN);
  if (!Number.isInteger(fixed)) {
    throw new DonationConfigError(`STRIPE_FEE_FIXED: "${fixedText}" is not a ${settlement} amount`);
  }
  return { basisPoints, fixed };
}

export function buildDonationConfig(input: DonationConfigInput): DonationConfig {
  const settlement = input.SETTLEMENT_CURRENCY.trim().toLowerCase();
  if (!isSupportedCurrency(settlement)) {
    throw new DonationConfigError(
      `SETTLEMENT_CURRENCY: ${settlement} has no minimum or exchange rate here (use ${Object.keys(CURRENCY_RULES).join(", ")})`,
    );
  }
  const cardFee = cardFeeOf(input, settlement);
  const presets = perCurrency(input.DONATION_PRESETS, "DONATION_PRESETS");
  const maxima = perCurrency(input.DONATION_MAX, "DONATION_MAX");
  const codes = input.DONATION_CURRENCIES.split(",")
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  if (codes.length === 0) throw new DonationConfigError("DONATION_CURRENCIES lists no currency");
  const currencies = [...new Set(codes)].map((code): CurrencyOption => {
    if (!isSupportedCurrency(code)) {
      throw new DonationConfigError(
        `DONATION_CURRENCIES: ${code} is not supported (use ${Object.keys(CURRENCY_RULES).join(", ")})`,
      );
    }
    const rules = CURRENCY_RULES[code];
    const minimum = minimumGift(code, settlement);
    const maxText = maxima.get(code);
    const maximum =
      maxText?.[0] === undefined ? rules.maximum : toMinor(maxText[0], code, "DONATION_MAX");
    if (maximum < minimum || maximum > STRIPE_MAXIMUM_AMOUNT) {
      throw new DonationConfigError(`DONATION_MAX for ${code} is outside what Stripe accepts`);
    }
    const presetTexts = presets.get(code);
    const presetAmounts = presetTexts
      ? presetTexts.map((text) => toMinor(text, code, "DONATION_PRESETS"))
      : [...rules.presets];
    for (const amount of presetAmounts) {
      if (amount < minimum || amount > maximum) {
        throw new DonationConfigError(`a ${code} preset is below the minimum or above the maximum`);
      }
    }
    return {
      code,
      decimals: rules.decimals,
      minimum,
      maximum,
      presets: presetAmounts,
      feeFixed: fixedFeeIn(cardFee, code, settlement),
    };
  });
  return { currencies, settlementCurrency: settlement, cardFee };
}

export function findCurrency(config: DonationConfig, code: string): CurrencyOption | undefined {
  return config.currencies.find((option) => option.code === code);
}
