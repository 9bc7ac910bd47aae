import { describe, expect, it } from "vitest";
import { buildDonationConfig } from "@/lib/donations/donation-config";
import { parseDonationForm } from "@/lib/donations/donation-form-schema";
import { parsePledgeInput } from "@/lib/pledges/pledge-input-schema";
import { hasUnsafeText } from "@/lib/text/unsafe-text";

const config = buildDonationConfig({
  DONATION_CURRENCIES: "usd",
  DONATION_MAX: "usd=10000",
  SETTLEMENT_CURRENCY: "usd",
});
const gift = { currency: "usd", frequency: "once", preset: "usd:2500", visibility: "name" };
const pledge = { displayName: "Ada", email: "ada@example.org", country: "FR", consent: "on" };

const UNSAFE = ["\u0000", "\u0007", "\u007f", "\u0085", "\u202e", "\u2066", "\u2069"];

describe("the one unsafe-character rule", () => {
  it("refuses NUL, other control characters and bidi overrides, keeps joiners", () => {
    for (const character of UNSAFE) expect(hasUnsafeText(`a${character}b`)).toBe(true);
    expect(hasUnsafeText("क्\u200dष")).toBe(false);
    expect(hasUnsafeText("two\nlines")).toBe(true);
    expect(hasUnsafeText("two\r\nlines", { allowLineBreaks: true })).toBe(false);
  });

  it("refuses the same characters in the donation form's three text fields as in the pledge form", () => {
    for (const character of UNSAFE) {
      const text = `Ada${character}Lovelace`;
      const donation = parseDonationForm(
        { ...gift, publicName: text, message: text, inHonourOf: text },
        config,
      );
      expect(donation).toEqual({
        ok: false,
        error: {
          code: "invalid",
          fieldErrors: {
            publicName: { code: "nameInvalid" },
            message: { code: "messageInvalid" },
            inHonourOf: { code: "honourInvalid" },
          },
        },
      });
      const signed = parsePledgeInput({ ...pledge, displayName: text, message: text });
      expect(signed).toEqual({
        ok: false,
        error: {
          code: "invalid",
          fieldErrors: { displayName: "displayNameInvalid", message: "messageInvalid" },
        },
      });
    }
  });

  it("still folds line breaks in a donation message to spaces", () => {
    const donation = parseDonationForm({ ...gift, publicName: "Ada", message: "a\r\nb" }, config);
    expect(donation.ok && donation.value.message).toBe("a b");
  });
});
