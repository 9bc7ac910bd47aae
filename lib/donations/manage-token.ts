import "server-only";
// The "manage my monthly gift" link's secret. The link carries 32 random bytes; the database keeps
// only an HMAC of them under the site's secret, bound to this one purpose, so a copy of the table
// opens nothing and a token made for another purpose never verifies here. A token opens the Stripe
// Customer Portal of one donation's customer until it expires (MANAGE_LINK_TTL_MINUTES), as often as
// the donor needs within that time: every opening makes a new, short-lived portal session.
// See docs/decisions/029-manage-monthly-gift.md.
import { createHmac, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Donation } from "@/lib/generated/prisma/client";

/** How long a manage link works after it was made. */
export const MANAGE_LINK_TTL_MINUTES = 60;

/** 32 bytes in base64url: exactly 43 characters of [A-Za-z0-9_-]. */
export const MANAGE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

// As the pledge form's token: FORM_TOKEN_SECRET, else a key derived from the IP salt (secret in
// every real deployment). The purpose is part of what is signed.
const key = env.FORM_TOKEN_SECRET ?? `${env.IP_HASH_SALT}:donation-manage-link`;

export function hashManageToken(token: string): string {
  return createHmac("sha256", key).update(`donation-manage-link:${token}`).digest("hex");
}

/** Makes a new manage link secret for the donation; expired ones of every donation are deleted. */
export async function issueManageToken(donationId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.donationManageToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.donationManageToken.create({
      data: {
        tokenHash: hashManageToken(token),
        donationId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + MANAGE_LINK_TTL_MINUTES * 60_000),
      },
    }),
  ]);
  return token;
}

export type ManageTokenCheck =
  | { status: "valid"; donation: Donation }
  | { status: "expired" }
  | { status: "invalid" };

/** The donation a manage link belongs to, if the link is one we made and it has not expired. */
export async function checkManageToken(
  token: unknown,
  now = new Date(),
): Promise<ManageTokenCheck> {
  if (typeof token !== "string" || !MANAGE_TOKEN.test(token)) return { status: "invalid" };
  const found = await db.donationManageToken.findUnique({
    where: { tokenHash: hashManageToken(token) },
    include: { donation: true },
  });
  if (!found) return { status: "invalid" };
  if (found.expiresAt <= now) return { status: "expired" };
  return { status: "valid", donation: found.donation };
}
