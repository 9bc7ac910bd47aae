import "server-only";
// "Donors" on the public counter counts people, not gifts (docs/decisions/027-donors-and-test-money.md):
// every donation is counted under a donor identity, one per email address and Stripe mode, and the
// counter moves only when an identity's first counting donation arrives or its last one stops
// counting (fully refunded). Runs inside the donation's converging transaction, after its row lock:
// the identity row's own lock (taken by the upsert) orders concurrent gifts of the same person, so
// two first gifts arriving at once still add one donor.
import { createHmac, randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import type { DonorIdentity, Prisma } from "@/lib/generated/prisma/client";
import { emailKey } from "@/lib/pledges/email-key";

const EMAIL_PREFIX = "email:";

/**
 * The identity of a donor's email: its pledge key (lib/pledges/email-key.ts: NFC, lower case, no
 * +tag) under a keyed hash, so the table holds no address and cannot be read without the salt.
 */
export function donorEmailKey(email: string): string {
  const digest = createHmac("sha256", env.IP_HASH_SALT)
    .update(`donor:${emailKey(email)}`)
    .digest("hex");
  return `${EMAIL_PREFIX}${digest}`;
}

/** A gift whose email is not known yet stands for its own donor until it is. */
export function donationOnlyKey(donationId: string): string {
  return `donation:${donationId}`;
}

export function isEmailKey(key: string): boolean {
  return key.startsWith(EMAIL_PREFIX);
}

export interface DonorPlace {
  livemode: boolean;
  key: string;
}

/**
 * Adds `delta` (-1, 0 or +1) to the identity's counting donations, creating it if needed. Returns
 * the identity's id and by how much the mode's "donors" counter must move: +1 when the identity
 * starts counting (0 -> 1), -1 when it stops (1 -> 0), else 0.
 */
export async function countDonor(
  tx: Prisma.TransactionClient,
  place: DonorPlace,
  delta: -1 | 0 | 1,
): Promise<{ identityId: string; donors: number }> {
  const rows = await tx.$queryRaw<Array<Pick<DonorIdentity, "id" | "donations">>>`
    INSERT INTO "DonorIdentity" ("id", "livemode", "key", "donations")
    VALUES (${randomUUID()}::uuid, ${place.livemode}, ${place.key}, ${delta})
    ON CONFLICT ("livemode", "key")
    DO UPDATE SET "donations" = "DonorIdentity"."donations" + EXCLUDED."donations"
    RETURNING "id", "donations"`;
  const row = rows[0];
  if (!row) throw new Error("donations: the donor identity upsert returned no row");
  const before = row.donations - delta;
  return { identityId: row.id, donors: Number(row.donations > 0) - Number(before > 0) };
}
