import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/**
 * Ids in Stripe's style: a type prefix and a random tail (`pi_3Pq...`). Checkout Sessions carry
 * `cs_test_` and a long tail like the real ones, so code that slices or logs them sees the same.
 */
export function newId(prefix: string): string {
  if (prefix === "cs_test") return `cs_test_${randomAlphanumeric(58)}`;
  if (prefix === "whsec") return `whsec_${randomAlphanumeric(32)}`;
  return `${prefix}_${randomAlphanumeric(24)}`;
}

export function newRequestId(): string {
  return `req_${randomAlphanumeric(14)}`;
}
