import "server-only";
// What the confirmation page shows for a link, on its GET: it reads, and changes nothing.
import { pgPool } from "@/lib/db";
import { CONFIRMATION_TOKEN, hashConfirmationToken } from "./confirmation-token";

export type ConfirmationState = "pending" | "already" | "invalid";

export async function readPledgeConfirmation(token: unknown): Promise<ConfirmationState> {
  if (typeof token !== "string" || !CONFIRMATION_TOKEN.test(token)) return "invalid";
  const { rows } = await pgPool.query<{ status: string }>(
    `SELECT p."status"::text AS "status" FROM "PledgeConfirmation" c
       JOIN "Pledge" p ON p."id" = c."pledgeId"
      WHERE c."tokenHash" = $1 AND c."expiresAt" > now()`,
    [hashConfirmationToken(token)],
  );
  const status = rows[0]?.status;
  if (status === undefined) return "invalid";
  return status === "UNCONFIRMED" ? "pending" : "already";
}
