import { describe, expect, it } from "vitest";
import {
  CURRENCY_RULES,
  isZeroDecimal,
  minorToMajorText,
  parseMajorAmount,
} from "@/lib/donations/currencies";
import { buildDonationConfig, DonationConfigError } from "@/lib/donations/donation-config";
import { minorUnitDigits } from "@/lib/money/format-money";

describe("amounts in minor units", () => {
  it("reads dollars as cents and yen as yen", () => {
    expect(parseMajorAmount("25", "usd")).toBe(2500);
    expect(parseMajorAmount("25.5", "usd")).toBe(2550);
    expect(parseMajorAmount("0.30", "gbp")).toBe(30);
    expect(parseMajorAmount("500", "jpy")).toBe(500);
    expect(isZeroDecimal("jpy")).toBe(true);
  });

  it("refuses a fraction of a yen, a third decimal and anything not a plain number", () => {
    expect(parseMajorAmount("500.5", "jpy")).toBeNull();
    expect(parseMajorAmount("1.234", "usd")).toBeNull();
    for (const text of ["", "abc", "-5", "1,000", "1e3", "0x10", " 5 5"]) {
      expect(parseMajorAmount(text, "usd")).toBeNull();
    }
  });

  it("accepts trailing zeros beyond the currency's decimals", () => {
    expect(parseMajorAmount("500.00", "jpy")).toBe(500);
    expect(parseMajorAmount("10.500", "usd")).toBe(1050);
  });

  it("reads amounts as other keyboards type them, and never a thousands comma as a decimal one", () => {
    expect(parseMajorAmount("25,50", "eur")).toBe(2550);
    expect(parseMajorAmount("25,5", "eur")).toBe(2550);
    expect(parseMajorAmount("٢٥", "usd")).toBe(2500);
    expect(parseMajorAmount("٢٥٫٥٠", "usd")).toBe(2550);
    expect(parseMajorAmount("۲۵", "usd")).toBe(2500);
    expect(parseMajorAmount("２５．５", "usd")).toBe(2550);
    expect(parseMajorAmount("1,000", "usd")).toBeNull();
    expect(parseMajorAmount("1,000.50", "usd")).toBeNull();
    expect(parseMajorAmount("25,50", "jpy")).toBeNull();
  });

  it("reads 12,50 as twelve and a half on the page of every language", () => {
    for (const locale of ["en", "fr", "es", "ar", "zh", "ru"]) {
      expect(parseMajorAmount("12,50", "eur", locale), locale).toBe(1250);
      expect(parseMajorAmount("12.50", "eur", locale), locale).toBe(1250);
    }
  });

  it("reads thousands grouped as the page's language groups them, and only so", () => {
    expect(parseMajorAmount("1,000", "usd", "en")).toBe(100000);
    expect(parseMajorAmount("1,000.50", "usd", "en")).toBe(100050);
    expect(parseMajorAmount("1,000", "jpy", "zh")).toBe(1000);
    // French and Russian group with a no-break space (narrow in French); a typed space too.
    expect(parseMajorAmount("1\u202F000,50", "eur", "fr")).toBe(100050);
    expect(parseMajorAmount("1 000,50", "eur", "fr")).toBe(100050);
    expect(parseMajorAmount("1\u00A0000", "eur", "ru")).toBe(100000);
    expect(parseMajorAmount("1.000,50", "eur", "es")).toBe(100050);
    expect(parseMajorAmount("1.000", "eur", "es")).toBe(100000);
    // Not the language's grouping: refused rather than guessed.
    expect(parseMajorAmount("1,000", "eur", "fr")).toBeNull();
    expect(parseMajorAmount("1 000", "usd", "en")).toBeNull();
    expect(parseMajorAmount("10,00,000", "usd", "en")).toBeNull();
  });

  it("writes minor units back for an input field", () => {
    expect(minorToMajorText(2550, "usd")).toBe("25.50");
    expect(minorToMajorText(2500, "usd")).toBe("25");
    expect(minorToMajorText(500, "jpy")).toBe("500");
    expect(minorToMajorText(500, "JPY")).toBe("500");
  });

  it("gives each donation currency the minor unit the money formatter divides by", () => {
    // Formatting itself is tested in format-money.test.ts; the two must never disagree.
    for (const [code, rules] of Object.entries(CURRENCY_RULES)) {
      expect(minorUnitDigits(code), code).toBe(rules.decimals);
    }
  });
});

describe("donation configuration", () => {
  const defaults = { DONATION_CURRENCIES: "usd,eur,gbp,chf,jpy", SETTLEMENT_CURRENCY: "usd" };

  it("offers the default currencies with minimums Stripe accepts once converted to USD, and zero-decimal yen presets", () => {
    const config = buildDonationConfig(defaults);
    expect(config.currencies.map((c) => c.code)).toEqual(["usd", "eur", "gbp", "chf", "jpy"]);
    const minimums = Object.fromEntries(config.currencies.map((c) => [c.code, c.minimum]));
    // USD: Stripe's own $0.50. The others: twice $0.50 at the ECB's rates of 2026-09-24,
    // rounded up to a tidy figure (GBP 0.7565 -> 0.80, JPY 158.85 -> 160).
    expect(minimums).toEqual({ usd: 50, eur: 90, gbp: 80, chf: 90, jpy: 160 });
    const jpy = config.currencies.find((c) => c.code === "jpy");
    expect(jpy?.presets).toEqual([1000, 3000, 5000, 10000]);
  });

  it("takes presets and maximums in major units from the environment", () => {
    const config = buildDonationConfig({
      ...defaults,
      DONATION_PRESETS: "usd=5,20.50;jpy=700",
      DONATION_MAX: "usd=500;jpy=100000",
    });
    const usd = config.currencies.find((c) => c.code === "usd");
    const jpy = config.currencies.find((c) => c.code === "jpy");
    expect(usd?.presets).toEqual([500, 2050]);
    expect(usd?.maximum).toBe(50000);
    expect(jpy?.presets).toEqual([700]);
    expect(jpy?.maximum).toBe(100000);
  });

  it("names the variable when a currency or amount is wrong", () => {
    expect(() => buildDonationConfig({ ...defaults, DONATION_CURRENCIES: "usd,xyz" })).toThrow(
      DonationConfigError,
    );
    expect(() => buildDonationConfig({ ...defaults, DONATION_PRESETS: "jpy=10.5" })).toThrow(
      /DONATION_PRESETS/,
    );
    expect(() => buildDonationConfig({ ...defaults, DONATION_MAX: "usd=0.10" })).toThrow(
      /DONATION_MAX/,
    );
    expect(() => buildDonationConfig({ ...defaults, SETTLEMENT_CURRENCY: "sek" })).toThrow(
      /SETTLEMENT_CURRENCY/,
    );
    expect(() => buildDonationConfig({ ...defaults, STRIPE_FEE_PERCENT: "60" })).toThrow(
      /STRIPE_FEE_PERCENT/,
    );
  });

  it("takes the settlement currency's own minimum in that currency and converts it for the rest", () => {
    const config = buildDonationConfig({ ...defaults, SETTLEMENT_CURRENCY: "gbp" });
    const minimums = Object.fromEntries(config.currencies.map((c) => [c.code, c.minimum]));
    // GBP: Stripe's £0.30. USD: twice £0.30 = £0.60 at 1.1367 / 0.85986 = $0.7932 -> $0.80.
    expect(minimums).toMatchObject({ gbp: 30, usd: 80, jpy: 130 });
  });
});
