// The donate form's text limits, fields and the ways each can be wrong: shared by the form in the
// browser and the checks on the server, with no validation library in it (zod stays server-side:
// lib/donations/donation-form-schema.ts).

export const DONATION_TEXT_LIMITS = { publicName: 80, message: 280, inHonourOf: 120 } as const;

export const DONATION_ERROR_CODES = [
  "currencyUnknown",
  "frequencyInvalid",
  "amountMissing",
  "amountInvalid",
  "amountFractional",
  "amountTooSmall",
  "amountTooLarge",
  "amountRefused",
  "presetOtherCurrency",
  "coverFeesInvalid",
  "nameMissing",
  "nameTooLong",
  "nameInvalid",
  "messageTooLong",
  "messageInvalid",
  "honourTooLong",
  "honourInvalid",
] as const;

export type DonationErrorCode = (typeof DONATION_ERROR_CODES)[number];

export type DonationField =
  | "currency"
  | "frequency"
  | "amount"
  | "coverFees"
  | "publicName"
  | "message"
  | "inHonourOf";

export interface DonationFieldError {
  code: DonationErrorCode;
  /** For amount limits: the limit in minor units of `currency`. */
  limit?: { amount: number; currency: string };
}

export type DonationFieldErrors = Partial<Record<DonationField, DonationFieldError>>;
