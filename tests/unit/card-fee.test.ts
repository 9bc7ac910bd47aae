import { describe, expect, it } from "vitest";
import { cardFeeOn, coveredAmount, STANDARD_CARD_FEES } from "@/lib/donations/card-fee";
import { buildDonationConfig } from "@/lib/donations/donation-config";

describe("covering the card fee", () => {
  it("grosses a gift up so that the amount less Stripe's fee is the gift", () => {
    for (const [currency, fee] of Object.entries(STANDARD_CARD_FEES)) {
      for (const gift of [50, 99, 1000, 2500, 3333, 10_000, 999_999]) {
        const total = coveredAmount(gift, fee.basisPoints, fee.fixed);
        const net = total - cardFeeOn(total, fee.basisPoints, fee.fixed);
        expect(net, `${currency} ${gift}`).toBeGreaterThanOrEqual(gift);
        // The smallest such total: one unit less would leave the fund short.
        const less = total - 1;
        expect(
          less - cardFeeOn(less, fee.basisPoints, fee.fixed),
          `${currency} ${gift}`,
        ).toBeLessThan(gift);
      }
    }
  });

  it("uses Stripe's standard domestic card rate for the settlement currency unless configured", () => {
    const usd = buildDonationConfig({ DONATION_CURRENCIES: "usd,jpy", SETTLEMENT_CURRENCY: "usd" });
    expect(usd.cardFee).toEqual({ basisPoints: 290, fixed: 30 });
    // The fixed 30 cents, in yen at the fixed rates (158.85 yen to the dollar), rounded up.
    expect(usd.currencies.find((c) => c.code === "jpy")?.feeFixed).toBe(48);
    const gbp = buildDonationConfig({ DONATION_CURRENCIES: "gbp", SETTLEMENT_CURRENCY: "gbp" });
    expect(gbp.cardFee).toEqual({ basisPoints: 150, fixed: 20 });
    const custom = buildDonationConfig({
      DONATION_CURRENCIES: "eur",
      SETTLEMENT_CURRENCY: "eur",
      STRIPE_FEE_PERCENT: "2.5",
      STRIPE_FEE_FIXED: "0.35",
    });
    expect(custom.cardFee).toEqual({ basisPoints: 250, fixed: 35 });
  });
});
