// What the donate page offers: currencies, presets, minimums and maximums. Built from
// DONATION_CURRENCIES, DONATION_PRESETS and DONATION_MAX over the defaults in currencies.ts.
// Pure (the env values are passed in), so the donate form, the server and tests share it.
import {
  CURRENCY_RULES,
  isSupportedCurrency,
  parseMajorAmount,
  STRIPE_MAXIMUM_AMOUNT,
  type SupportedCurrency,
} from "./currencies";

export interface CurrencyOption {
  code: SupportedCurrency;
  decimals: number;
  /** Minor units. */
  minimum: number;
  maximum: number;
  presets: number[];
}

export interface DonationConfig {
  /** In the order offered; the first is the default. */
  currencies: CurrencyOption[];
  settlementCurrency: string;
}

export interface DonationConfigInput {
  DONATION_CURRENCIES: string;
  DONATION_PRESETS?: string | undefined;
  DONATION_MAX?: string | undefined;
  SETTLEMENT_CURRENCY: string;
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

export function buildDonationConfig(input: DonationConfigInput): DonationConfig {
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
    const maxText = maxima.get(code);
    const maximum =
      maxText?.[0] === undefined ? rules.maximum : toMinor(maxText[0], code, "DONATION_MAX");
    if (maximum < rules.minimum || maximum > STRIPE_MAXIMUM_AMOUNT) {
      throw new DonationConfigError(`DONATION_MAX for ${code} is outside what Stripe accepts`);
    }
    const presetTexts = presets.get(code);
    const presetAmounts = presetTexts
      ? presetTexts.map((text) => toMinor(text, code, "DONATION_PRESETS"))
      : [...rules.presets];
    for (const amount of presetAmounts) {
      if (amount < rules.minimum || amount > maximum) {
        throw new DonationConfigError(`a ${code} preset is below the minimum or above the maximum`);
      }
    }
    return {
      code,
      decimals: rules.decimals,
      minimum: rules.minimum,
      maximum,
      presets: presetAmounts,
    };
  });
  return { currencies, settlementCurrency: input.SETTLEMENT_CURRENCY.toLowerCase() };
}

export function findCurrency(config: DonationConfig, code: string): CurrencyOption | undefined {
  return config.currencies.find((option) => option.code === code);
}
