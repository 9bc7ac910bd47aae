// Checks what the donate form sends. Everything a person can get wrong comes back as a field and
// an error code that the page turns into a sentence (messages/en/donate.json, Donate.errors.*).
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { z } from "@/lib/security/zod-without-eval";
import { hasUnsafeText } from "@/lib/text/unsafe-text";
import { cardFeeOn, coveredAmount } from "./card-fee";
import { normaliseTypedAmount, parseMajorAmount, STRIPE_MAXIMUM_AMOUNT } from "./currencies";
import { type DonationConfig, findCurrency } from "./donation-config";
import {
  DONATION_ERROR_CODES,
  DONATION_TEXT_LIMITS,
  type DonationErrorCode,
  type DonationField,
  type DonationFieldError,
  type DonationFieldErrors,
} from "./donation-fields";

export type DonationFrequencyChoice = "once" | "monthly";

/** What the donor chose, checked: ready for a Donation row and a Checkout Session. */
export interface DonationRequest {
  currency: string;
  /** The gift the donor chose, in minor units of `currency`: what the fund should receive. */
  amount: number;
  /** The donor ticked "cover the card fee". */
  coversFees: boolean;
  /** Added to `amount` for Stripe's fee when `coversFees` (else 0). */
  coveredFee: number;
  /** What Stripe charges: `amount + coveredFee`. */
  charged: number;
  frequency: DonationFrequencyChoice;
  publicName: string | null;
  message: string | null;
  inHonourOf: string | null;
}

// The same unsafe-character rule as the pledge form (lib/text/unsafe-text.ts): checked before
// whitespace is folded, so a NUL or a bidi override is refused rather than stored (a NUL would make
// the PostgreSQL write fail). Line breaks fold to spaces, as before.
const optionalText = (max: number, tooLong: DonationErrorCode, invalid: DonationErrorCode) =>
  z
    .string()
    .normalize("NFC")
    .trim()
    .max(max, { error: tooLong })
    .refine((value) => !hasUnsafeText(value, { allowLineBreaks: true }), { error: invalid })
    .transform((value) => value.replace(/\s+/g, " ") || null)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** The raw form: every field a string, as FormData gives it. */
export const donationFormSchema = z.object({
  currency: z
    .string({ error: "currencyUnknown" })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, { error: "currencyUnknown" }),
  frequency: z.enum(["once", "monthly"], { error: "frequencyInvalid" }),
  /** "usd:2500" for a preset (its currency included, so a stale choice is caught), or "custom". */
  preset: z.string().trim().optional(),
  customAmount: z.string().trim().optional(),
  visibility: z.enum(["name", "anonymous"]).catch("anonymous"),
  /** The "cover the card fee" checkbox: sent only when ticked (a browser sends "on"). */
  coverFees: z
    .literal("on", { error: "coverFeesInvalid" })
    .optional()
    .transform((value) => value === "on"),
  publicName: optionalText(DONATION_TEXT_LIMITS.publicName, "nameTooLong", "nameInvalid"),
  message: optionalText(DONATION_TEXT_LIMITS.message, "messageTooLong", "messageInvalid"),
  inHonourOf: optionalText(DONATION_TEXT_LIMITS.inHonourOf, "honourTooLong", "honourInvalid"),
});

export type ParsedDonation = Result<
  DonationRequest,
  Refusal<"invalid", { fieldErrors: DonationFieldErrors }>
>;

const FIELD_OF: Record<string, DonationField> = {
  currency: "currency",
  frequency: "frequency",
  preset: "amount",
  customAmount: "amount",
  coverFees: "coverFees",
  publicName: "publicName",
  message: "message",
  inHonourOf: "inHonourOf",
};

const ERROR_CODES: ReadonlySet<string> = new Set(DONATION_ERROR_CODES);

function isErrorCode(value: string): value is DonationErrorCode {
  return ERROR_CODES.has(value);
}

/** Checks an amount in minor units against the currency's minimum and the configured maximum. */
export function checkDonationAmount(
  config: DonationConfig,
  currency: string,
  amount: number,
): DonationFieldError | null {
  const option = findCurrency(config, currency);
  if (!option) return { code: "currencyUnknown" };
  if (!Number.isSafeInteger(amount)) return { code: "amountInvalid" };
  if (amount < option.minimum) {
    return { code: "amountTooSmall", limit: { amount: option.minimum, currency } };
  }
  if (amount > option.maximum) {
    return { code: "amountTooLarge", limit: { amount: option.maximum, currency } };
  }
  return null;
}

function chosenAmount(
  input: z.output<typeof donationFormSchema>,
  locale: string | undefined,
): { amount: number } | DonationFieldError {
  const preset = input.preset ?? "";
  if (preset && preset !== "custom") {
    const [presetCurrency, presetAmount] = preset.split(":");
    if (presetCurrency !== input.currency) return { code: "presetOtherCurrency" };
    if (!presetAmount || !/^\d{1,9}$/.test(presetAmount)) return { code: "amountInvalid" };
    return { amount: Number(presetAmount) };
  }
  const text = input.customAmount ?? "";
  if (!text) return { code: "amountMissing" };
  const amount = parseMajorAmount(text, input.currency, locale);
  if (amount !== null) return { amount };
  // Tell "a fraction of a yen" apart from "not a number", however the fraction was typed ("500,5").
  return /^\d+[.]\d+$/.test(normaliseTypedAmount(text, locale))
    ? { code: "amountFractional" }
    : { code: "amountInvalid" };
}

/** What a gift of `amount` costs the donor who covers the card fee, and the fee added. */
export function coverFeesOn(
  config: DonationConfig,
  currency: string,
  amount: number,
): { charged: number; coveredFee: number } | null {
  const option = findCurrency(config, currency);
  if (!option) return null;
  const charged = coveredAmount(amount, config.cardFee.basisPoints, option.feeFixed);
  return { charged, coveredFee: charged - amount };
}

/** Stripe's fee on `charged` in `currency` at the account's card fee (for tests and the summary). */
export function cardFeeIn(config: DonationConfig, currency: string, charged: number): number {
  const option = findCurrency(config, currency);
  return cardFeeOn(charged, config.cardFee.basisPoints, option?.feeFixed ?? 0);
}

/** Turns the form into a DonationRequest, or the errors to show beside each field. */
/** `locale`: the page's language, whose way of writing amounts is read too ("1 000,50" in French). */
export function parseDonationForm(
  raw: unknown,
  config: DonationConfig,
  locale?: string,
): ParsedDonation {
  const parsed = donationFormSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: DonationFieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[String(issue.path[0] ?? "")];
      if (field && !errors[field]) {
        errors[field] = { code: isErrorCode(issue.message) ? issue.message : "amountInvalid" };
      }
    }
    return refuse("invalid", { fieldErrors: errors });
  }
  const input = parsed.data;
  const errors: DonationFieldErrors = {};
  if (!findCurrency(config, input.currency)) errors.currency = { code: "currencyUnknown" };
  const choice = chosenAmount(input, locale);
  let amount = 0;
  if ("code" in choice) {
    if (!errors.currency) errors.amount = choice;
  } else {
    amount = choice.amount;
    const problem = errors.currency ? null : checkDonationAmount(config, input.currency, amount);
    if (problem) errors.amount = problem;
  }
  const covered =
    input.coverFees && !errors.amount && !errors.currency
      ? coverFeesOn(config, input.currency, amount)
      : null;
  if (covered && covered.charged > STRIPE_MAXIMUM_AMOUNT) {
    const option = findCurrency(config, input.currency);
    errors.amount = {
      code: "amountTooLarge",
      limit: { amount: option?.maximum ?? amount, currency: input.currency },
    };
  }
  const publicName = input.visibility === "name" ? input.publicName : null;
  if (input.visibility === "name" && !publicName) errors.publicName = { code: "nameMissing" };
  if (Object.keys(errors).length > 0) return refuse("invalid", { fieldErrors: errors });
  return ok({
    currency: input.currency,
    amount,
    coversFees: covered !== null,
    coveredFee: covered?.coveredFee ?? 0,
    charged: covered?.charged ?? amount,
    frequency: input.frequency,
    publicName,
    message: input.message,
    inHonourOf: input.inHonourOf,
  });
}
