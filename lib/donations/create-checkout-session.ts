import "server-only";
import Stripe from "stripe";
// Starts a gift: checks the form (amount bounds per currency before any Stripe call), limits how
// many sessions one address and the whole site may open (card testers), writes a pending Donation
// and opens a Stripe Checkout Session for it. The session carries the donation id in metadata, so
// every later event finds its row. When Stripe does not open the session (it refuses the amount, or
// cannot be reached), the row is deleted again: no pending gift is left that no donor can pay.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DonationFrequency } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log";
import { consumeRateLimit, type RateLimitPolicy } from "@/lib/rate-limit/consume-rate-limit";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { donationsConfigured, getStripe } from "@/lib/stripe";
import { checkoutLocale } from "./checkout-locale";
import { checkoutSettings } from "./checkout-settings";
import type { DonationFieldErrors } from "./donation-fields";
import { parseDonationForm } from "./donation-form-schema";
import { getDonationConfig } from "./get-donation-config";

/** Texts shown on Stripe's page; translated by the caller. */
export interface CheckoutTexts {
  productName: string;
  /** Who receives the money: the operator and beneficiary statement. */
  description: string;
}

export interface CheckoutContext {
  /** hashIp(clientIp(headers)): never the address itself. */
  ipHash: string;
  locale: string;
  texts: CheckoutTexts;
}

export type CreateCheckoutResult = Result<
  { url: string; donationId: string },
  | Refusal<"invalid", { fieldErrors: DonationFieldErrors }>
  | Refusal<"rateLimited", { retryAfterSeconds: number }>
  | Refusal<"notConfigured">
  | Refusal<"providerError">
>;

const WINDOW_SECONDS = 600;

export function perIpPolicy(): RateLimitPolicy {
  return {
    name: "donation-ip",
    points: env.DONATION_RATE_LIMIT_PER_IP,
    durationSeconds: WINDOW_SECONDS,
  };
}

export function sitePolicy(): RateLimitPolicy {
  return {
    name: "donation-site",
    points: env.DONATION_RATE_LIMIT_TOTAL,
    durationSeconds: WINDOW_SECONDS,
  };
}

/** `/fr/donate/success`: the page in the donor's language (every language has its prefix). */
export function localisedUrl(locale: string, path: string): URL {
  return new URL(`/${locale}${path}`, env.SITE_URL);
}

/** Stripe's codes for an amount it will not charge (docs.stripe.com/error-codes). */
const AMOUNT_REFUSALS: ReadonlySet<string> = new Set(["amount_too_small", "amount_too_large"]);

function isAmountRefusal(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeInvalidRequestError &&
    AMOUNT_REFUSALS.has(error.code ?? "")
  );
}

export async function createCheckoutSession(
  form: unknown,
  context: CheckoutContext,
): Promise<CreateCheckoutResult> {
  const parsed = parseDonationForm(form, getDonationConfig(), context.locale);
  if (!parsed.ok) return parsed;
  if (!donationsConfigured()) return refuse("notConfigured");

  for (const [policy, key] of [
    [perIpPolicy(), context.ipHash],
    [sitePolicy(), "all"],
  ] as const) {
    const limit = await consumeRateLimit(policy, key);
    if (!limit.allowed) {
      return refuse("rateLimited", { retryAfterSeconds: limit.retryAfterSeconds });
    }
  }

  const gift = parsed.value;
  const monthly = gift.frequency === "monthly";
  const donation = await db.donation.create({
    data: {
      frequency: monthly ? DonationFrequency.MONTHLY : DonationFrequency.ONE_TIME,
      amount: gift.charged,
      currency: gift.currency,
      coversFees: gift.coversFees,
      coveredFee: gift.coveredFee,
      publicName: gift.publicName,
      message: gift.message,
      // A public name is read by staff as a message is: both appear on the wall once approved.
      messageStatus: gift.message || gift.publicName ? "PENDING" : "NONE",
      inHonourOf: gift.inHonourOf,
      locale: context.locale,
      ipHash: context.ipHash,
    },
  });

  const metadata = { donationId: donation.id };
  const successUrl = localisedUrl(context.locale, "/donate/success");
  // Stripe replaces the placeholder; URLSearchParams would escape its braces.
  const success = `${successUrl.toString()}?session_id={CHECKOUT_SESSION_ID}`;
  const cancel = localisedUrl(context.locale, "/donate/cancelled");
  cancel.searchParams.set("donation", donation.id);
  const productData = { name: context.texts.productName, description: context.texts.description };

  try {
    const session = await getStripe().checkout.sessions.create(
      {
        mode: monthly ? "subscription" : "payment",
        ...(monthly ? {} : { submit_type: "donate" as const }),
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: gift.currency,
              unit_amount: gift.charged,
              product_data: productData,
              ...(monthly ? { recurring: { interval: "month" as const } } : {}),
            },
          },
        ],
        client_reference_id: donation.id,
        metadata,
        ...(monthly
          ? { subscription_data: { description: context.texts.description, metadata } }
          : { payment_intent_data: { description: context.texts.description, metadata } }),
        success_url: success,
        cancel_url: cancel.toString(),
        locale: checkoutLocale(context.locale),
        ...checkoutSettings(),
      },
      // One session per donation row, even if this request is retried.
      { idempotencyKey: `donation-checkout-${donation.id}` },
    );
    if (!session.url) throw new Error(`Checkout Session ${session.id} has no url`);
    await db.donation.update({
      where: { id: donation.id },
      data: { stripeCheckoutSessionId: session.id, livemode: session.livemode },
    });
    return ok({ url: session.url, donationId: donation.id });
  } catch (error) {
    await db.donation
      .delete({ where: { id: donation.id } })
      .catch((deleteError: unknown) =>
        log.error(
          { err: deleteError, donationId: donation.id },
          "donations: could not delete the pending donation of a session Stripe did not open",
        ),
      );
    if (isAmountRefusal(error)) {
      log.warn(
        { err: error, currency: gift.currency, amount: gift.charged },
        "donations: Stripe refused the amount",
      );
      const fieldErrors: DonationFieldErrors = { amount: { code: "amountRefused" } };
      return refuse("invalid", { fieldErrors });
    }
    log.error(
      { err: error, donationId: donation.id },
      "donations: could not create a Checkout Session",
    );
    return refuse("providerError");
  }
}
