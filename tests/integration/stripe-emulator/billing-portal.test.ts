// The emulator's Customer Portal: configurations and sessions checked as Stripe checks them
// (docs.stripe.com/api/customer_portal), and the hosted page's cancel sending Stripe's events.
import type Stripe from "stripe";
import { describe, expect, test } from "@/tests/support/integration-test";
import {
  type Harness,
  monthlyParams,
  payWithCard,
  type WebhookReceiver,
  waitFor,
} from "@/tests/support/stripe-emulator-harness";

function cancelUpdates(receiver: WebhookReceiver): Stripe.Event[] {
  return receiver.events
    .map(({ event }) => event)
    .filter(
      (event) =>
        event.type === "customer.subscription.updated" &&
        (event.data.object as Stripe.Subscription).cancel_at_period_end,
    );
}

async function subscribedCustomer({ stripe, emulator }: Harness) {
  const session = await stripe.checkout.sessions.create(monthlyParams());
  await payWithCard(emulator, session.id, "4242424242424242");
  const completed = await stripe.checkout.sessions.retrieve(session.id);
  return { customer: String(completed.customer), subscription: String(completed.subscription) };
}

describe("the emulator's customer portal", () => {
  test("refuses what Stripe refuses, in Stripe's words", async ({ harness }) => {
    const { stripe } = harness;
    const { customer } = await subscribedCustomer(harness);
    await expect(
      stripe.billingPortal.sessions.create({
        customer,
        bogus: "1",
      } as Stripe.BillingPortal.SessionCreateParams),
    ).rejects.toMatchObject({ code: "parameter_unknown", param: "bogus" });
    await expect(
      stripe.billingPortal.sessions.create({ customer, locale: "xx" }),
    ).rejects.toMatchObject({ param: "locale", statusCode: 400 });
    await expect(stripe.billingPortal.sessions.create({})).rejects.toMatchObject({
      code: "parameter_missing",
      param: "customer",
    });
    await expect(
      stripe.billingPortal.sessions.create({ customer, configuration: "bpc_missing" }),
    ).rejects.toMatchObject({ code: "resource_missing", param: "configuration" });
    await expect(
      stripe.billingPortal.configurations.create({
        features: {
          subscription_cancel: { enabled: true, mode: "whenever" },
        },
      }),
    ).rejects.toMatchObject({ param: "features[subscription_cancel][mode]" });
    await expect(
      stripe.billingPortal.configurations.create({
        features: {
          subscription_cancel: { enabled: true, bogus: "1" },
        } as Stripe.BillingPortal.ConfigurationCreateParams.Features,
      }),
    ).rejects.toMatchObject({
      code: "parameter_unknown",
      param: "features[subscription_cancel][bogus]",
    });
  });

  test("a configuration and a session have Stripe's shape", async ({ harness }) => {
    const { stripe, emulator } = harness;
    const { customer } = await subscribedCustomer(harness);
    const configuration = await stripe.billingPortal.configurations.create({
      metadata: { app: "test" },
      features: {
        subscription_cancel: { enabled: true, mode: "at_period_end", proration_behavior: "none" },
        subscription_pause: { enabled: true },
        payment_method_update: { enabled: true },
      },
    });
    expect(configuration).toMatchObject({
      object: "billing_portal.configuration",
      active: true,
      is_default: false,
      metadata: { app: "test" },
      features: {
        subscription_cancel: { enabled: true, mode: "at_period_end" },
        subscription_pause: { enabled: true },
        payment_method_update: { enabled: true },
      },
    });
    expect(await stripe.billingPortal.configurations.retrieve(configuration.id)).toEqual(
      configuration,
    );
    const session = await stripe.billingPortal.sessions.create({
      customer,
      configuration: configuration.id,
      locale: "fr",
      return_url: "https://example.org/back",
    });
    expect(session).toMatchObject({
      object: "billing_portal.session",
      customer,
      configuration: configuration.id,
      locale: "fr",
      return_url: "https://example.org/back",
      url: `${emulator.url}/billing_portal/session/${session.id}`,
    });
    const page = await fetch(session.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Cancel subscription");
    expect(html).toContain("Pause subscription");
    expect(html).toContain('href="https://example.org/back"');
  });

  test("cancelling at the period end on the hosted page sends customer.subscription.updated", async ({
    harness,
  }) => {
    const { stripe, receiver } = harness;
    const { customer, subscription } = await subscribedCustomer(harness);
    const session = await stripe.billingPortal.sessions.create({ customer });
    const response = await fetch(`${session.url}/cancel`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ subscription }),
    });
    expect(response.status).toBe(200);
    // The subscription's first update was becoming active with its first payment; the cancel's
    // is the one that ends it at the period's end.
    await waitFor(
      () => cancelUpdates(receiver).length > 0,
      "customer.subscription.updated with cancel_at_period_end",
    );
    const [event] = cancelUpdates(receiver);
    if (!event) throw new Error("no cancel update");
    const object = event.data.object as Stripe.Subscription;
    expect(object.id).toBe(subscription);
    expect(object.cancel_at_period_end).toBe(true);
    expect(event.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });
  });
});
