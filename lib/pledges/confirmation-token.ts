import "server-only";
// The secret of a pledge's confirmation link: 32 random bytes in the link, and in the database only
// an HMAC of them under the site's secret, bound to this one purpose (as the manage link's:
// lib/donations/manage-token.ts), so a copy of the table confirms nothing.
import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** How long a confirmation link works, and how long an unconfirmed pledge is kept. */
export const CONFIRMATION_DAYS = 7;

/** 32 bytes in base64url: exactly 43 characters of [A-Za-z0-9_-]. */
export const CONFIRMATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const key = env.FORM_TOKEN_SECRET ?? `${env.IP_HASH_SALT}:pledge-confirmation`;

export function newConfirmationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashConfirmationToken(token: string): string {
  return createHmac("sha256", key).update(`pledge-confirmation:${token}`).digest("hex");
}
