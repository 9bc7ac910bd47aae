import { describe, expect, it } from "vitest";
import {
  formatMoney,
  minorUnitDigits,
  STRIPE_THREE_DECIMAL_CURRENCIES,
  STRIPE_TWO_DECIMAL_WHOLE_CURRENCIES,
  STRIPE_ZERO_DECIMAL_CURRENCIES,
} from "@/lib/money/format-money";

// Intl separates a currency code from the number with a no-break space.
const NBSP = "\u00a0";

/** What each of Stripe's zero-decimal currencies shows for an amount of 3000, in English. */
const THREE_THOUSAND: Record<(typeof STRIPE_ZERO_DECIMAL_CURRENCIES)[number], string> = {
  bif: `BIF${NBSP}3,000`,
  clp: `CLP${NBSP}3,000`,
  djf: `DJF${NBSP}3,000`,
  gnf: `GNF${NBSP}3,000`,
  jpy: "¥3,000",
  kmf: `KMF${NBSP}3,000`,
  krw: "₩3,000",
  mga: `MGA${NBSP}3,000`,
  pyg: `PYG${NBSP}3,000`,
  rwf: `RWF${NBSP}3,000`,
  // Stripe lists UGX as zero-decimal, then counts it in hundredths ("Special cases"): 3000 is 30.
  ugx: `UGX${NBSP}30`,
  vnd: "₫3,000",
  vuv: `VUV${NBSP}3,000`,
  xaf: `FCFA${NBSP}3,000`,
  xof: `F\u202fCFA${NBSP}3,000`,
  xpf: `CFPF${NBSP}3,000`,
};

describe("formatMoney: one zero-decimal currency at a time", () => {
  for (const code of STRIPE_ZERO_DECIMAL_CURRENCIES) {
    it(`shows ${code.toUpperCase()} 3000 as ${THREE_THOUSAND[code]}`, () => {
      expect(formatMoney(3000, code, "en")).toBe(THREE_THOUSAND[code]);
      expect(formatMoney(3000, code.toUpperCase(), "en")).toBe(THREE_THOUSAND[code]);
    });
  }

  it("covers every currency Stripe lists as zero-decimal, and only those", () => {
    expect(Object.keys(THREE_THOUSAND).sort()).toEqual([...STRIPE_ZERO_DECIMAL_CURRENCIES].sort());
    expect(STRIPE_ZERO_DECIMAL_CURRENCIES).toHaveLength(16);
  });

  it("agrees with ISO 4217 (through Intl) that each of them has no minor unit", () => {
    for (const code of STRIPE_ZERO_DECIMAL_CURRENCIES) {
      const iso = new Intl.NumberFormat("en", { style: "currency", currency: code.toUpperCase() });
      expect(iso.resolvedOptions().maximumFractionDigits).toBe(0);
    }
  });
});

describe("formatMoney: the currency in any case", () => {
  it("shows a JPY 3,000 gift as ¥3,000 whether the code is upper, lower or mixed case", () => {
    // The admin dashboard sums by upper("currency"): the bug this pins showed ¥30.
    expect(formatMoney(3000, "JPY", "en")).toBe("¥3,000");
    expect(formatMoney(3000, "jpy", "en")).toBe("¥3,000");
    expect(formatMoney(3000, "Jpy", "en")).toBe("¥3,000");
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("jpy")).toBe(0);
  });

  it("shows USD and EUR cents in either case", () => {
    expect(formatMoney(2500, "usd", "en")).toBe("$25");
    expect(formatMoney(2500, "USD", "en")).toBe("$25");
    expect(formatMoney(2550, "eur", "en")).toBe("€25.50");
    expect(formatMoney(2550, "EUR", "en")).toBe("€25.50");
  });
});

describe("formatMoney: Stripe's special cases", () => {
  it("reads ISK and UGX in hundredths, as Stripe counts them, though ISO has no minor unit", () => {
    expect(STRIPE_TWO_DECIMAL_WHOLE_CURRENCIES).toEqual(["isk", "ugx"]);
    for (const code of STRIPE_TWO_DECIMAL_WHOLE_CURRENCIES) {
      expect(minorUnitDigits(code)).toBe(2);
      expect(
        new Intl.NumberFormat("en", {
          style: "currency",
          currency: code.toUpperCase(),
        }).resolvedOptions().maximumFractionDigits,
      ).toBe(0);
    }
    // Stripe's own example: "to charge 5 ISK, provide an amount value of 500".
    expect(formatMoney(500, "isk", "en")).toBe(`ISK${NBSP}5`);
    expect(formatMoney(300000, "ISK", "en")).toBe(`ISK${NBSP}3,000`);
    expect(formatMoney(500, "ugx", "en")).toBe(`UGX${NBSP}5`);
    expect(formatMoney(300000, "UGX", "en")).toBe(`UGX${NBSP}3,000`);
  });

  it("shows an old fractional ISK amount as it is, not rounded to a whole króna", () => {
    expect(formatMoney(550, "isk", "en")).toBe(`ISK${NBSP}5.50`);
  });

  it("keeps HUF and TWD charges at two decimals (Stripe pays them out in whole units only)", () => {
    expect(minorUnitDigits("huf")).toBe(2);
    expect(minorUnitDigits("twd")).toBe(2);
    // Stripe's examples: a balance of HUF 10.45 is 1045, TWD 800.45 is 80045.
    expect(formatMoney(1045, "huf", "en")).toBe(`HUF${NBSP}10.45`);
    expect(formatMoney(1000, "HUF", "en")).toBe(`HUF${NBSP}10`);
    expect(formatMoney(80045, "twd", "en")).toBe("NT$800.45");
    expect(formatMoney(80000, "TWD", "en")).toBe("NT$800");
  });

  it("reads the three-decimal currencies in thousandths", () => {
    for (const code of STRIPE_THREE_DECIMAL_CURRENCIES) expect(minorUnitDigits(code)).toBe(3);
    // Stripe's example: 5.124 KWD must be sent as 5120 or 5130.
    expect(formatMoney(5120, "kwd", "en")).toBe(`KWD${NBSP}5.120`);
    expect(formatMoney(5000, "KWD", "en")).toBe(`KWD${NBSP}5`);
  });

  it("treats any other currency as two-decimal, as Stripe does unless it says otherwise", () => {
    expect(minorUnitDigits("gbp")).toBe(2);
    expect(minorUnitDigits("idr")).toBe(2);
    expect(formatMoney(30, "gbp", "en")).toBe("£0.30");
  });
});

describe("formatMoney: any amount", () => {
  it("writes negative amounts (a net after refunds) and Stripe's largest charge exactly", () => {
    expect(formatMoney(-2550, "usd", "en")).toBe("-$25.50");
    expect(formatMoney(-3000, "jpy", "en")).toBe("-¥3,000");
    expect(formatMoney(99_999_999, "usd", "en")).toBe("$999,999.99");
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "usd", "en")).toBe("$90,071,992,547,409.91");
    expect(formatMoney(0, "eur", "en")).toBe("€0");
  });

  it("refuses what is not an integer of minor units, and a malformed currency code", () => {
    expect(() => formatMoney(25.5, "usd", "en")).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, "usd", "en")).toThrow(RangeError);
    expect(() => formatMoney(100, "us", "en")).toThrow(RangeError);
  });

  it("writes the number in the reader's language", () => {
    expect(formatMoney(300000, "jpy", "fr")).toBe(`300${"\u202f"}000${NBSP}JPY`);
    expect(formatMoney(2550, "eur", "ru")).toBe(`25,50${NBSP}€`);
    expect(formatMoney(3000, "jpy", "zh")).toBe("JP¥3,000");
  });

  it("isolates the currency symbol left to right in a right-to-left language only", () => {
    // "US$" holds a neutral "$" that Arabic text would otherwise move to the other side ("$US").
    expect(formatMoney(2500, "usd", "ar")).toContain("\u2066US$\u2069");
    expect(formatMoney(2500, "usd", "ar")).toContain("25");
    expect(formatMoney(300000, "JPY", "ar")).toContain("\u2066JP¥\u2069");
    expect(formatMoney(300000, "JPY", "ar")).toContain("300,000");
    for (const locale of ["en", "fr", "zh", "ru", "es"]) {
      expect(formatMoney(2500, "usd", locale)).not.toMatch(/[\u2066-\u2069]/);
    }
  });
});
