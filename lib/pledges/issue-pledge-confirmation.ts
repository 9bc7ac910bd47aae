import "server-only";
import type pg from "pg";
import { env } from "@/lib/env";
import {
  CONFIRMATION_DAYS,
  hashConfirmationToken,
  newConfirmationToken,
} from "./confirmation-token";

/** Stores a new confirmation link of the pledge (hashed) in the caller's transaction; returns it. */
export async function issuePledgeConfirmation(
  client: pg.ClientBase,
  pledgeId: string,
  now: Date,
): Promise<string> {
  const token = newConfirmationToken();
  await client.query(
    `INSERT INTO "PledgeConfirmation" ("tokenHash", "pledgeId", "createdAt", "expiresAt")
     VALUES ($1, $2, $3, $4)`,
    [
      hashConfirmationToken(token),
      pledgeId,
      now,
      new Date(now.getTime() + CONFIRMATION_DAYS * 86_400_000),
    ],
  );
  return token;
}

/** The page the email links to: it shows a button, and only its POST confirms. */
export function confirmationUrl(locale: string, token: string): string {
  const url = new URL(`/${locale}/pledge/confirm`, env.SITE_URL);
  url.searchParams.set("token", token);
  return url.toString();
}
