import type Stripe from "stripe";
import { describe, expect, test } from "@/tests/support/integration-test";
import {
  eventTypes,
  type Harness,
  monthlyParams,
  payWithCard,
  payWithIban,
  waitFor,
  waitForEvent,
} from "@/tests/support/stripe-emulator-harness";

function paymentIntentOf(invoice: Stripe.Invoice): string {
  const payment = invoice.payments?.data[0]?.payment;
  const intent = payment?.payment_intent;
  if (intent === undefined) throw new Error(`invoice ${invoice.id} has no payment intent`);
  return typeof intent === "string" ? intent : intent.id;
}

/** Checks out a monthly gift paid by card; the subscription's id. */
async function subscribeWithCard({ stripe, emulator }: Harness): Promise<string> {
  const session = await stripe.checkout.sessions.create(monthlyParams());
  await payWithCard(emulator, session.id, "4242424242424242");
  return String((await stripe.checkout.sessions.retrieve(session.id)).subscription);
}

describe("a monthly gift", () => {
  test("starts a subscription whose first invoice is paid at checkout", async ({ harness }) => {
    const { stripe, emulator, receiver } = harness;
    const session = await stripe.checkout.sessions.create(monthlyParams());
    expect(session.mode).toBe("subscription");
    expect(session.payment_intent).toBeNull();

    const paid = await payWithCard(emulator, session.id, "4242424242424242", "monthly@example.org");
    expect(paid.status).toBe(303);

    const completed = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ["subscription", "invoice"],
    });
    expect(completed.status).toBe("complete");
    expect(completed.payment_status).toBe("paid");
    expect(completed.customer).toMatch(/^cus_/);
    const subscription = completed.subscription;
    if (typeof subscription !== "object" || subscription === null)
      throw new Error("subscription not expanded");
    expect(subscription.status).toBe("active");
    expect(subscription.description).toBe("Monthly gift");
    expect(subscription.metadata).toEqual({ donationId: "don_monthly" });
    const item = subscription.items.data[0];
    expect(item?.price.recurring?.interval).toBe("month");
    expect(item?.price.unit_amount).toBe(1000);
    expect(item?.current_period_end).toBeGreaterThan(
      item?.current_period_start ?? Number.POSITIVE_INFINITY,
    );

    const invoice = completed.invoice;
    if (typeof invoice !== "object" || invoice === null) throw new Error("invoice not expanded");
    expect(invoice.status).toBe("paid");
    expect(invoice.amount_paid).toBe(1000);
    expect(invoice.billing_reason).toBe("subscription_create");
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscription.id);

    // Since the "basil" API versions the invoice reaches its payment through `payments`; four
    // levels is as deep as Stripe expands.
    const withPayments = await stripe.invoices.retrieve(invoice.id, {
      expand: ["payments.data.payment.payment_intent"],
    });
    const intent = withPayments.payments?.data[0]?.payment.payment_intent;
    if (typeof intent !== "object") throw new Error("payment intent not expanded");
    expect(intent.status).toBe("succeeded");
    expect(intent.amount).toBe(1000);
    const listed = await stripe.invoicePayments.list({ invoice: invoice.id });
    expect(listed.data[0]?.payment.payment_intent).toBe(intent.id);

    const customer = await stripe.customers.retrieve(String(completed.customer));
    expect(customer.deleted).toBeUndefined();
    if (!customer.deleted) expect(customer.email).toBe("monthly@example.org");

    await waitFor(
      () => eventTypes(receiver).includes("checkout.session.completed"),
      "checkout.session.completed",
    );
    expect(eventTypes(receiver)).toContain("invoice.paid");
    expect(eventTypes(receiver)).toContain("customer.subscription.created");
  });

  test("bills and pays the next invoice each time the clock passes a period: two advances, three invoices", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const subscriptionId = await subscribeWithCard(harness);

    emulator.advanceClock({ days: 31 });
    emulator.advanceClock({ days: 31 });

    const invoices = await stripe.invoices.list({
      subscription: subscriptionId,
      expand: ["data.payments"],
    });
    expect(invoices.data).toHaveLength(3);
    expect(invoices.data.every((invoice) => invoice.status === "paid")).toBe(true);
    expect(invoices.data.map((invoice) => invoice.billing_reason)).toEqual([
      "subscription_cycle",
      "subscription_cycle",
      "subscription_create",
    ]);
    const intents = new Set(invoices.data.map(paymentIntentOf));
    expect(intents.size).toBe(3);

    await waitFor(
      () => eventTypes(receiver).filter((type) => type === "invoice.paid").length === 3,
      "three invoice.paid",
    );
    const paidEvents = receiver.events.flatMap(({ event }) =>
      event.type === "invoice.paid" ? [event.data.object] : [],
    );
    expect(paidEvents.map((invoice) => invoice.parent?.subscription_details?.subscription)).toEqual(
      [subscriptionId, subscriptionId, subscriptionId],
    );

    const subscription = await stripe.subscriptions.retrieve(subscriptionId);
    expect(subscription.latest_invoice).toBe(invoices.data[0]?.id);
  });

  test("sends customer.subscription.deleted when the gift is cancelled", async ({ harness }) => {
    const { stripe, emulator, receiver } = harness;
    const subscriptionId = await subscribeWithCard(harness);

    const cancelled = await stripe.subscriptions.cancel(subscriptionId);
    expect(cancelled.status).toBe("canceled");
    expect(cancelled.canceled_at).not.toBeNull();

    const deleted = await waitForEvent(receiver, "customer.subscription.deleted");
    expect(deleted.data.object.id).toBe(subscriptionId);
    expect(deleted.request?.id).toMatch(/^req_/);

    // No further invoices once cancelled.
    emulator.advanceClock({ days: 40 });
    expect((await stripe.invoices.list({ subscription: subscriptionId })).data).toHaveLength(1);
  });

  test("ends a subscription set to cancel at period end when that period ends", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const subscriptionId = await subscribeWithCard(harness);
    const updated = await stripe.subscriptions.update(subscriptionId, {
      cancel_at_period_end: true,
    });
    expect(updated.cancel_at_period_end).toBe(true);
    emulator.advanceClock({ days: 32 });
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe("canceled");
    await waitFor(
      () => eventTypes(receiver).includes("customer.subscription.deleted"),
      "customer.subscription.deleted",
    );
  });

  test("leaves a monthly gift paid by SEPA unpaid until the debit settles, then sends invoice.paid", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const session = await stripe.checkout.sessions.create(
      monthlyParams({
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: "eur",
              unit_amount: 1500,
              recurring: { interval: "month" },
              product_data: { name: "Monthly gift" },
            },
          },
        ],
      }),
    );
    await payWithIban(emulator, session.id, "AT611904300234573201");
    const pending = await stripe.checkout.sessions.retrieve(session.id, { expand: ["invoice"] });
    expect(pending.payment_status).toBe("unpaid");
    expect(typeof pending.invoice === "object" && pending.invoice?.status).toBe("open");
    emulator.settleDelayedPayments();
    await waitFor(
      () => eventTypes(receiver).includes("checkout.session.async_payment_succeeded"),
      "checkout.session.async_payment_succeeded",
    );
    expect(eventTypes(receiver)).toContain("invoice.paid");
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe("paid");
  });
});
