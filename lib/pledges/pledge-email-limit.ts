import "server-only";
// Confirmation emails per recipient: whatever addresses a form is sent from, one mailbox gets at
// most this many pledge emails (a confirmation, or "you have already signed") a day, so the form
// cannot be used to flood someone's inbox. Per sending address, the pledge allowances already
// apply (pledge-rate-limit.ts): every signing, repeats too, spends from them and sends at most one
// email. Past the limit the form answers as always and sends nothing.
import type { AllowancePolicy } from "@/lib/rate-limit/take-allowance";
import { hashIp } from "@/lib/security/client-ip";
import { emailKey } from "./email-key";

export const pledgeRecipientAllowance: AllowancePolicy = {
  name: "pledge-email-recipient",
  burst: 3,
  perHour: 3 / 24,
};

/** The bucket's key: a keyed hash of the address, never the address. */
export function pledgeRecipientKey(email: string): string {
  return hashIp(`pledge-email ${emailKey(email)}`);
}
