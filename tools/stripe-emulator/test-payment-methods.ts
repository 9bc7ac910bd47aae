/*
 * Stripe's published test card numbers and SEPA test IBANs, with the outcome each one stands for.
 * Messages are Stripe's own wording, so the app shows donors what it would show in production.
 */

export interface CardOutcome {
  brand: string;
  funding: "credit" | "debit";
  country: string;
  /** Null when the card is charged successfully. */
  decline: { code: string; declineCode: string | null; message: string } | null;
}

const declined = (code: string, declineCode: string | null, message: string) => ({
  code,
  declineCode,
  message,
});

export const TEST_CARDS: Readonly<Record<string, CardOutcome>> = {
  "4242424242424242": { brand: "visa", funding: "credit", country: "US", decline: null },
  "4000056655665556": { brand: "visa", funding: "debit", country: "US", decline: null },
  "5555555555554444": { brand: "mastercard", funding: "credit", country: "US", decline: null },
  "378282246310005": { brand: "amex", funding: "credit", country: "US", decline: null },
  "4000000000000077": { brand: "visa", funding: "credit", country: "US", decline: null },
  "4000000000000002": {
    brand: "visa",
    funding: "credit",
    country: "US",
    decline: declined("card_declined", "generic_decline", "Your card was declined."),
  },
  "4000000000009995": {
    brand: "visa",
    funding: "credit",
    country: "US",
    decline: declined("card_declined", "insufficient_funds", "Your card has insufficient funds."),
  },
  "4000000000000069": {
    brand: "visa",
    funding: "credit",
    country: "US",
    decline: declined("expired_card", null, "Your card has expired."),
  },
  "4000000000000127": {
    brand: "visa",
    funding: "credit",
    country: "US",
    decline: declined("incorrect_cvc", null, "Your card's security code is incorrect."),
  },
  "4000000000000119": {
    brand: "visa",
    funding: "credit",
    country: "US",
    decline: declined(
      "processing_error",
      null,
      "An error occurred while processing your card. Try again in a little bit.",
    ),
  },
};

export const LIVE_CARD_IN_TEST_MODE = declined(
  "card_declined",
  "test_mode_live_card",
  "Your card was declined. Your request was in test mode, but used a non test (live) card. For a list of valid test cards, visit: https://stripe.com/docs/testing.",
);

export interface IbanOutcome {
  bankCode: string;
  country: string;
  /** Bank debits are accepted at once and settle later: this is how they end. */
  outcome: "succeed" | "fail";
}

export const TEST_IBANS: Readonly<Record<string, IbanOutcome>> = {
  AT611904300234573201: { bankCode: "19043", country: "AT", outcome: "succeed" },
  AT861904300235473202: { bankCode: "19043", country: "AT", outcome: "fail" },
  DE89370400440532013000: { bankCode: "37040044", country: "DE", outcome: "succeed" },
  DE62370400440532013001: { bankCode: "37040044", country: "DE", outcome: "fail" },
};

export function digitsOnly(value: string): string {
  return value.replace(/[\s-]/g, "");
}

export function passesLuhn(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Parses `MM / YY`, `MM/YY` or `MM/YYYY`; null when incomplete. */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/?\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return null;
  const month = Number(match[1]);
  const rawYear = match[2] ?? "";
  const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
  if (month < 1 || month > 12) return null;
  return { month, year };
}
