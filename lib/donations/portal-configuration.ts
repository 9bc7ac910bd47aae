import "server-only";
// The Stripe Customer Portal configuration monthly donors get: cancel (at the end of the month
// already given, no proration), update the card, pause, and their receipts; nothing else (no
// plan changes: a gift's price is made for it at checkout and is not a product the portal could
// offer, and no changes to the customer's details). The app makes it once per Stripe account,
// tagged in its metadata, and finds it again by that tag, so the account's default portal
// configuration (whatever the dashboard says) is never what donors see.
// Docs: docs.stripe.com/api/customer_portal/configurations/create; decision 029.
import type Stripe from "stripe";
import { getStripe } from "@/lib/stripe";

/** The tag that marks the app's configuration; a new version makes (and uses) a new one. */
export const PORTAL_CONFIGURATION_TAG = "blue-heart-monthly-gift-v1";

export function portalConfigurationParams(): Stripe.BillingPortal.ConfigurationCreateParams {
  return {
    name: "Blue Heart: manage a monthly gift",
    metadata: { blueHeart: PORTAL_CONFIGURATION_TAG },
    features: {
      subscription_cancel: { enabled: true, mode: "at_period_end", proration_behavior: "none" },
      payment_method_update: { enabled: true },
      // A month or three (Stripe's default offers one month only).
      subscription_pause: {
        enabled: true,
        duration: {
          type: "interval_options",
          interval_options: [
            { interval: "month", interval_count: 1 },
            { interval: "month", interval_count: 3 },
          ],
        },
      },
      invoice_history: { enabled: true },
      customer_update: { enabled: false },
      subscription_update: { enabled: false },
    },
  };
}

const globalForPortal = globalThis as unknown as {
  blueHeartPortalConfiguration?: { client: Stripe; id: string };
};

async function findConfiguration(stripe: Stripe): Promise<string | null> {
  for await (const configuration of stripe.billingPortal.configurations.list({
    active: true,
    limit: 100,
  })) {
    if (configuration.metadata?.blueHeart === PORTAL_CONFIGURATION_TAG) return configuration.id;
  }
  return null;
}

/** Forgets the remembered id (the configuration was deleted, or this is another account's). */
export function forgetPortalConfiguration(): void {
  globalForPortal.blueHeartPortalConfiguration = undefined;
}

/** The id of the app's portal configuration, made on first use. */
export async function portalConfigurationId(): Promise<string> {
  const stripe = getStripe();
  const cached = globalForPortal.blueHeartPortalConfiguration;
  if (cached?.client === stripe) return cached.id;
  const id =
    (await findConfiguration(stripe)) ??
    // Two instances starting at once send the same key: Stripe answers both with one object.
    (
      await stripe.billingPortal.configurations.create(portalConfigurationParams(), {
        idempotencyKey: `portal-configuration:${PORTAL_CONFIGURATION_TAG}`,
      })
    ).id;
  globalForPortal.blueHeartPortalConfiguration = { client: stripe, id };
  return id;
}
