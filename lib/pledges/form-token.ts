import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** A form older than this is refused as expired (the visitor reloads it). */
export const FORM_TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60;

// Without FORM_TOKEN_SECRET (tests, one-off scripts) the key is derived from the IP salt, which is
// secret in every real deployment; `npm start` generates FORM_TOKEN_SECRET like the salt.
const key = env.FORM_TOKEN_SECRET ?? `${env.IP_HASH_SALT}:pledge-form-token`;

function sign(issuedAt: number): string {
  return createHmac("sha256", key).update(`pledge-form:${issuedAt}`).digest("base64url");
}

/**
 * The hidden field of the pledge form: when the form was shown, signed so a client cannot
 * backdate it. It is a speed bump for naive bots, not an identity: it may be used more than once;
 * the per-IP rate limit bounds what a reused token can do.
 */
export function issueFormToken(now: number = Date.now()): string {
  return `${now}.${sign(now)}`;
}

export type FormTokenCheck = "ok" | "tooFast" | "expired" | "invalid";

export function checkFormToken(
  token: unknown,
  now: number = Date.now(),
  minimumSeconds: number = env.PLEDGE_MIN_SUBMIT_SECONDS,
): FormTokenCheck {
  if (typeof token !== "string" || token.length > 100) return "invalid";
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  const issuedText = match?.[1];
  const signature = match?.[2];
  if (issuedText === undefined || signature === undefined) return "invalid";
  const issuedAt = Number(issuedText);
  const expected = Buffer.from(sign(issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const ageMs = now - issuedAt;
  if (ageMs < minimumSeconds * 1000) return "tooFast";
  if (ageMs > FORM_TOKEN_MAX_AGE_SECONDS * 1000) return "expired";
  return "ok";
}
