import { describe, expect, it } from "vitest";
import { buildDonationConfig } from "@/lib/donations/donation-config";
import { parseDonationForm } from "@/lib/donations/donation-form-schema";

const config = buildDonationConfig({
  DONATION_CURRENCIES: "usd,eur,gbp,chf,jpy",
  DONATION_MAX: "usd=10000",
  SETTLEMENT_CURRENCY: "usd",
});

const base = { currency: "usd", frequency: "once", preset: "custom", visibility: "anonymous" };

describe("the donate form", () => {
  it("turns a preset into minor units of its currency", () => {
    const result = parseDonationForm({ ...base, preset: "usd:2500" }, config);
    expect(result).toEqual({
      ok: true,
      value: {
        currency: "usd",
        amount: 2500,
        coversFees: false,
        coveredFee: 0,
        charged: 2500,
        frequency: "once",
        publicName: null,
        message: null,
        inHonourOf: null,
      },
    });
  });

  it("turns a custom yen amount into yen, not hundredths of a yen", () => {
    const result = parseDonationForm({ ...base, currency: "jpy", customAmount: "500" }, config);
    expect(result.ok && result.value.amount).toBe(500);
  });

  it("refuses an amount below Stripe's minimum and names the minimum", () => {
    const result = parseDonationForm({ ...base, customAmount: "0.49" }, config);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: { amount: { code: "amountTooSmall", limit: { amount: 50, currency: "usd" } } },
      },
    });
  });

  it("refuses GBP 0.30 and JPY 50 on a USD account: above their own minimums, below USD's once converted", () => {
    const gbp = parseDonationForm({ ...base, currency: "gbp", customAmount: "0.30" }, config);
    expect(!gbp.ok && gbp.error.fieldErrors.amount).toEqual({
      code: "amountTooSmall",
      limit: { amount: 80, currency: "gbp" },
    });
    const yen = parseDonationForm({ ...base, currency: "jpy", customAmount: "50" }, config);
    expect(!yen.ok && yen.error.fieldErrors.amount?.code).toBe("amountTooSmall");
    const enough = parseDonationForm({ ...base, currency: "gbp", customAmount: "0.80" }, config);
    expect(enough.ok).toBe(true);
  });

  it("adds the card fee to the charge only when the donor ticks the box", () => {
    const plain = parseDonationForm({ ...base, customAmount: "25" }, config);
    expect(plain.ok && plain.value).toMatchObject({
      amount: 2500,
      charged: 2500,
      coversFees: false,
    });
    const covered = parseDonationForm({ ...base, customAmount: "25", coverFees: "on" }, config);
    // (2500 + 30) / (1 - 0.029) = 2605.56, so 2606; Stripe's fee on it is 76 + 30 = 106.
    expect(covered.ok && covered.value).toMatchObject({
      amount: 2500,
      charged: 2606,
      coveredFee: 106,
      coversFees: true,
    });
    // A value the checkbox never sends is refused, not read as either choice.
    const odd = parseDonationForm({ ...base, customAmount: "25", coverFees: "yes" }, config);
    expect(!odd.ok && odd.error.fieldErrors.coverFees?.code).toBe("coverFeesInvalid");
  });

  it("refuses an amount over the configured maximum", () => {
    const result = parseDonationForm({ ...base, customAmount: "10000.01" }, config);
    expect(!result.ok && result.error.fieldErrors.amount?.code).toBe("amountTooLarge");
  });

  it("refuses a fraction of a yen and an unknown currency", () => {
    const yen = parseDonationForm({ ...base, currency: "jpy", customAmount: "500.5" }, config);
    expect(!yen.ok && yen.error.fieldErrors.amount?.code).toBe("amountFractional");
    const unknown = parseDonationForm({ ...base, currency: "xyz", customAmount: "5" }, config);
    expect(!unknown.ok && unknown.error.fieldErrors.currency?.code).toBe("currencyUnknown");
  });

  it("reads a decimal comma as French, Spanish and Russian donors type it: 12,50 is 12.50", () => {
    const euros = parseDonationForm({ ...base, currency: "eur", customAmount: "12,50" }, config);
    expect(euros.ok && euros.value.amount).toBe(1250);
    const francs = parseDonationForm({ ...base, currency: "chf", customAmount: "12,5" }, config);
    expect(francs.ok && francs.value.amount).toBe(1250);
    // A thousands comma is not a decimal one: refused, not read as one euro.
    const thousand = parseDonationForm({ ...base, currency: "eur", customAmount: "1,000" }, config);
    expect(!thousand.ok && thousand.error.fieldErrors.amount?.code).toBe("amountInvalid");
  });

  it("reads thousands as the page's language groups them: 1.000,50 on the Spanish page", () => {
    const spanish = { ...base, currency: "eur", customAmount: "1.000,50" };
    expect(parseDonationForm(spanish, config, "es")).toMatchObject({ value: { amount: 100050 } });
    const french = { ...base, currency: "eur", customAmount: "1 000,50" };
    expect(parseDonationForm(french, config, "fr")).toMatchObject({ value: { amount: 100050 } });
    // Without the page's language, a grouped amount is not guessed at.
    expect(parseDonationForm(spanish, config).ok).toBe(false);
  });

  it("calls a fraction of a yen typed with a comma a fraction too", () => {
    const yen = parseDonationForm({ ...base, currency: "jpy", customAmount: "500,5" }, config);
    expect(!yen.ok && yen.error.fieldErrors.amount?.code).toBe("amountFractional");
  });

  it("catches a preset left over from another currency", () => {
    const result = parseDonationForm({ ...base, currency: "jpy", preset: "usd:2500" }, config);
    expect(!result.ok && result.error.fieldErrors.amount?.code).toBe("presetOtherCurrency");
  });

  it("asks for a name only when the donor chose to show one, and drops it when anonymous", () => {
    const missing = parseDonationForm({ ...base, preset: "usd:1000", visibility: "name" }, config);
    expect(!missing.ok && missing.error.fieldErrors.publicName?.code).toBe("nameMissing");
    const anonymous = parseDonationForm(
      { ...base, preset: "usd:1000", publicName: "Ana", message: "  For   all  " },
      config,
    );
    expect(anonymous.ok && anonymous.value.publicName).toBeNull();
    expect(anonymous.ok && anonymous.value.message).toBe("For all");
  });

  it("limits the public message to 280 characters", () => {
    const result = parseDonationForm(
      { ...base, preset: "usd:1000", message: "x".repeat(281) },
      config,
    );
    expect(!result.ok && result.error.fieldErrors.message?.code).toBe("messageTooLong");
  });
});
