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
    const gbp = parseDonationForm({ ...base, currency: "gbp", customAmount: "0.30" }, config);
    expect(gbp.ok).toBe(true);
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
