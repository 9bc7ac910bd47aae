import "server-only";
// How many pledges one address may send (docs/decisions/013-sign-in-limits-and-sessions.md): a
// sliding allowance per address, generous enough for a classroom or an office behind one address,
// and a tighter one per address and email domain, for a flood of made-up addresses at one domain.
import { env } from "@/lib/env";
import type { AllowancePolicy } from "@/lib/rate-limit/take-allowance";
import { hashIp } from "@/lib/security/client-ip";
import { emailKey } from "./email-key";

/** Pledges per IP address (its salted hash), from PLEDGE_RATE_LIMIT_* in the env. */
export const pledgeAddressAllowance: AllowancePolicy = {
  name: "pledge-ip",
  burst: env.PLEDGE_RATE_LIMIT_BURST,
  perHour: env.PLEDGE_RATE_LIMIT_PER_HOUR,
};

/** Pledges per address and email domain, from PLEDGE_DOMAIN_RATE_LIMIT_* in the env. */
export const pledgeDomainAllowance: AllowancePolicy = {
  name: "pledge-ip-domain",
  burst: env.PLEDGE_DOMAIN_RATE_LIMIT_BURST,
  perHour: env.PLEDGE_DOMAIN_RATE_LIMIT_PER_HOUR,
};

/** The part of an email after its last "@", as "one pledge per person" compares it. */
export function emailDomain(email: string): string {
  const key = emailKey(email);
  return key.slice(key.lastIndexOf("@") + 1);
}

/**
 * The per-address-and-domain bucket's key: the address's hash and the domain hashed together, so
 * the store holds neither the address nor the domain, and the key stays short.
 */
export function pledgeDomainKey(ipHash: string, email: string): string {
  return hashIp(`${ipHash} ${emailDomain(email)}`);
}
