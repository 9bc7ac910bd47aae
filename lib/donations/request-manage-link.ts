import "server-only";
// "Manage my monthly gift": a donor types their email; if a monthly gift that is still running was
// given with it, a manage link for it is made and handed to sendManageLink. The answer is the same
// whether or not the address has a gift (only a malformed address or too many tries are told
// apart), so the form cannot be used to learn who gives to the campaign. Stripe, not this
// database, knows the donor's email: its customers are searched by the address as typed and in
// lower case (Stripe's email filter is case-sensitive: docs.stripe.com/api/customers/list).
// See docs/decisions/029-manage-monthly-gift.md.
import { z } from "zod";
import { db } from "@/lib/db";
import { DonationFrequency, DonationStatus } from "@/lib/generated/prisma/enums";
import { consumeRateLimit, type RateLimitPolicy } from "@/lib/rate-limit/consume-rate-limit";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { hashIp } from "@/lib/security/client-ip";
import { donationsConfigured, getStripe } from "@/lib/stripe";
import { issueManageToken } from "./manage-token";
import { manageLinkUrl } from "./open-manage-portal";
import { sendManageLink } from "./send-manage-link";

const EMAIL_MAX = 254;

export const manageEmailSchema = z
  .string({ error: "emailRequired" })
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(1, { error: "emailRequired" })
      .max(EMAIL_MAX, { error: "emailInvalid" })
      .pipe(z.email({ error: "emailInvalid" })),
  );

export type ManageLinkRefusal =
  | Refusal<"invalid", { field: "emailRequired" | "emailInvalid" }>
  | Refusal<"rateLimited", { retryAfterSeconds: number }>
  | Refusal<"notConfigured">;

/** `ok` means "if this address has a monthly gift, a link is on its way": nothing more. */
export type ManageLinkResult = Result<undefined, ManageLinkRefusal>;

export function manageRequestPolicies(): { ip: RateLimitPolicy; email: RateLimitPolicy } {
  return {
    ip: { name: "donation-manage-ip", points: 10, durationSeconds: 3600 },
    email: { name: "donation-manage-email", points: 3, durationSeconds: 3600 },
  };
}

/** The running monthly gifts of the Stripe customers with this email, newest first. */
async function runningGifts(email: string) {
  const stripe = getStripe();
  const customerIds = new Set<string>();
  for (const address of new Set([email, email.toLowerCase()])) {
    const customers = await stripe.customers.list({ email: address, limit: 100 });
    for (const customer of customers.data) customerIds.add(customer.id);
  }
  if (customerIds.size === 0) return [];
  return db.donation.findMany({
    where: {
      stripeCustomerId: { in: [...customerIds] },
      frequency: DonationFrequency.MONTHLY,
      status: DonationStatus.PAID,
      endedAt: null,
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, locale: true },
  });
}

export async function requestManageLink(
  input: unknown,
  context: { ipHash: string; locale: string },
): Promise<ManageLinkResult> {
  const parsed = manageEmailSchema.safeParse(input);
  if (!parsed.success) {
    const field: "emailRequired" | "emailInvalid" =
      parsed.error.issues[0]?.message === "emailRequired" ? "emailRequired" : "emailInvalid";
    return refuse("invalid", { field });
  }
  if (!donationsConfigured()) return refuse("notConfigured");
  const email = parsed.data;
  const policies = manageRequestPolicies();
  // The email's key is a keyed hash: the store never holds the address.
  for (const [policy, key] of [
    [policies.ip, context.ipHash],
    [policies.email, hashIp(`manage-email:${email.toLowerCase()}`)],
  ] as const) {
    const limit = await consumeRateLimit(policy, key);
    if (!limit.allowed)
      return refuse("rateLimited", { retryAfterSeconds: limit.retryAfterSeconds });
  }
  const gifts = await runningGifts(email);
  const links = [];
  for (const gift of gifts) {
    links.push(manageLinkUrl(context.locale, await issueManageToken(gift.id)));
  }
  if (links.length > 0) await sendManageLink({ email, locale: context.locale, links });
  return ok();
}
