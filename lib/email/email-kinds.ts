// The messages the site sends, and what each needs. The outbox stores the kind and its data
// (lib/email/queue-email.ts); the worker renders them in the recipient's language
// (lib/email/render-email.tsx).

export interface EmailData {
  /** A pledge to confirm: the link to the confirmation page, secret included. */
  "pledge-confirm": { name: string; confirmUrl: string };
  /** A pledge with an address that has already signed and confirmed. */
  "pledge-already-signed": Record<string, never>;
  /** A pledge just confirmed. */
  "pledge-thanks": { name: string };
}

export type EmailKind = keyof EmailData;

export const EMAIL_KINDS = [
  "pledge-confirm",
  "pledge-already-signed",
  "pledge-thanks",
] as const satisfies readonly EmailKind[];

export function isEmailKind(value: string): value is EmailKind {
  return (EMAIL_KINDS as readonly string[]).includes(value);
}
