import { isCountryCode } from "@/lib/countries/country-codes";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { z } from "@/lib/security/zod-without-eval";
import { hasUnsafeText } from "@/lib/text/unsafe-text";
import {
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  MESSAGE_MAX,
  PLEDGE_ERROR_CODES,
  type PledgeErrorCode,
  type PledgeField,
  type PledgeFieldErrors,
} from "./pledge-fields";

// A missing field (or JSON null) is an empty string, which the field's own rules then refuse.
const text = z.preprocess((value) => value ?? "", z.string());

// Checkboxes arrive as "on" from a form and as booleans from JSON.
const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true",
  z.boolean(),
);

export const pledgeInputSchema = z.object({
  displayName: text
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "displayNameRequired" })
        .max(DISPLAY_NAME_MAX, { error: "displayNameTooLong" })
        .refine((value) => !hasUnsafeText(value), { error: "displayNameInvalid" }),
    ),
  // Kept as typed (trimmed); "one pledge per person" compares emailKey(email) (email-key.ts).
  email: text
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, { error: "emailRequired" })
        .max(EMAIL_MAX, { error: "emailTooLong" })
        .pipe(z.email({ error: "emailInvalid" })),
    ),
  country: text
    .transform((value) => value.trim().toUpperCase())
    .pipe(
      z
        .string()
        .min(1, { error: "countryRequired" })
        .refine((value) => isCountryCode(value), { error: "countryInvalid" }),
    ),
  message: text
    .transform((value) => value.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(MESSAGE_MAX, { error: "messageTooLong" })
        // A message may have line breaks, nothing else of lib/text/unsafe-text.ts's rule.
        .refine((value) => !hasUnsafeText(value, { allowLineBreaks: true }), {
          error: "messageInvalid",
        }),
    )
    .transform((value) => (value === "" ? null : value)),
  showOnWall: checkbox,
  consent: checkbox.refine((value) => value, { error: "consentRequired" }),
});

export type PledgeInput = z.output<typeof pledgeInputSchema>;

const FIELDS: readonly PledgeField[] = ["displayName", "email", "country", "message", "consent"];

function isPledgeField(value: unknown): value is PledgeField {
  return typeof value === "string" && (FIELDS as readonly string[]).includes(value);
}

const CODES: ReadonlySet<string> = new Set(PLEDGE_ERROR_CODES);

function isErrorCode(value: string): value is PledgeErrorCode {
  return CODES.has(value);
}

/** A field that is not a string at all (e.g. a number in JSON) reads as missing or invalid. */
function fallbackCode(field: PledgeField): PledgeErrorCode {
  switch (field) {
    case "displayName":
      return "displayNameInvalid";
    case "email":
      return "emailInvalid";
    case "country":
      return "countryInvalid";
    case "message":
      return "messageInvalid";
    case "consent":
      return "consentRequired";
  }
}

export type ParsedPledgeInput = Result<
  PledgeInput,
  Refusal<"invalid", { fieldErrors: PledgeFieldErrors }>
>;

/** Validates raw input (form fields or JSON); on failure, the first problem of each field. */
export function parsePledgeInput(raw: unknown): ParsedPledgeInput {
  const result = pledgeInputSchema.safeParse(raw);
  if (result.success) return ok(result.data);
  const fieldErrors: PledgeFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (!isPledgeField(field) || fieldErrors[field] !== undefined) continue;
    fieldErrors[field] = isErrorCode(issue.message) ? issue.message : fallbackCode(field);
  }
  if (Object.keys(fieldErrors).length === 0) {
    // Not an object at all: every required field is missing.
    return refuse("invalid", {
      fieldErrors: {
        displayName: "displayNameRequired",
        email: "emailRequired",
        country: "countryRequired",
        consent: "consentRequired",
      },
    });
  }
  return refuse("invalid", { fieldErrors });
}
