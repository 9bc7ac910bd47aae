// The pledge form's fields, their limits and the ways each can be wrong: shared by the form in
// the browser and the checks on the server, with no validation library in it (the form's
// JavaScript stays small: zod is server-side only, lib/pledges/pledge-input-schema.ts).

// Limits match the columns in prisma/schema.prisma (Pledge).
export const DISPLAY_NAME_MAX = 80;
export const EMAIL_MAX = 254;
export const MESSAGE_MAX = 280;

/**
 * Every way a field can be wrong. Each code is also the key of its sentence in
 * messages/en/pledge.json (`Pledge.errors.<code>`), so the form and the API say the same thing.
 */
export const PLEDGE_ERROR_CODES = [
  "displayNameRequired",
  "displayNameTooLong",
  "displayNameInvalid",
  "emailRequired",
  "emailTooLong",
  "emailInvalid",
  "countryRequired",
  "countryInvalid",
  "messageTooLong",
  "messageInvalid",
  "consentRequired",
] as const;

export type PledgeErrorCode = (typeof PLEDGE_ERROR_CODES)[number];

export type PledgeField = "displayName" | "email" | "country" | "message" | "consent";

export type PledgeFieldErrors = Partial<Record<PledgeField, PledgeErrorCode>>;
