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
    // Created incomplete, active once the first invoice was paid, before Checkout completed.
    await waitFor(
      () => eventTypes(receiver).includes("checkout.session.completed"),
      "checkout.session.completed",
    );
    const created = await waitForEvent(receiver, "customer.subscription.created");
    expect(created.data.object.status).toBe("incomplete");
    const activated = await waitForEvent(receiver, "customer.subscription.updated");
    expect(activated.data.object.status).toBe("active");
    expect(activated.data.previous_attributes).toEqual({ status: "incomplete" });
    const order = eventTypes(receiver);
    expect(order.indexOf("invoice.paid")).toBeLessThan(
      order.indexOf("customer.subscription.updated"),
    );
    expect(order.indexOf("customer.subscription.updated")).toBeLessThan(
      order.indexOf("checkout.session.completed"),
    );
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

  test("bills and pays the next invoice each time the clock passes a period and the hour after it: two advances, three invoices", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const subscriptionId = await subscribeWithCard(harness);

    // A month and a day each time: past the period's end and the hour its draft invoice waits.
    emulator.advanceClock({ days: 32 });
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

  test("renews with a draft invoice that Stripe finalizes and charges an hour later, on the emulator clock", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const subscriptionId = await subscribeWithCard(harness);
    const periodEnd =
      (await stripe.subscriptions.retrieve(subscriptionId)).items.data[0]?.current_period_end ?? 0;
    await emulator.waitForDeliveries();
    const before = receiver.events.length;
    const newTypes = () => receiver.events.slice(before).map(({ event }) => event.type);

    emulator.advanceClock({ seconds: periodEnd - emulator.now() });
    const [draft] = (await stripe.invoices.list({ subscription: subscriptionId, limit: 1 })).data;
    expect(draft).toMatchObject({
      status: "draft",
      billing_reason: "subscription_cycle",
      number: null,
      automatically_finalizes_at: periodEnd + 3600,
      amount_paid: 0,
    });
    await emulator.waitForDeliveries();
    expect(newTypes()).toEqual(["customer.subscription.updated", "invoice.created"]);

    // Ten seconds short of the hour (the emulator clock runs on with the wall clock), then past it.
    emulator.advanceClock({ seconds: periodEnd + 3590 - emulator.now() });
    expect((await stripe.invoices.retrieve(draft?.id ?? "")).status).toBe("draft");

    emulator.advanceClock({ seconds: 10 });
    const paid = await stripe.invoices.retrieve(draft?.id ?? "", { expand: ["payments"] });
    expect(paid.status).toBe("paid");
    expect(paid.number).toMatch(/^EMU-/);
    expect(paid.status_transitions.finalized_at).toBe(periodEnd + 3600);
    expect(paid.payments?.data[0]?.status).toBe("paid");
    await emulator.waitForDeliveries();
    expect(newTypes()).toEqual([
      "customer.subscription.updated",
      "invoice.created",
      "invoice.finalized",
      "charge.succeeded",
      "payment_intent.succeeded",
      "invoice.updated",
      "invoice.paid",
      "invoice.payment_succeeded",
    ]);
    const updated = receiver.events
      .slice(before)
      .find(({ event }) => event.type === "invoice.updated")?.event;
    expect(updated?.type === "invoice.updated" && updated.data.previous_attributes).toEqual({
      status: "open",
      amount_paid: 0,
      amount_remaining: 1000,
    });
  });

  test("finalizes a renewal's invoice at once when the finalization delay is set to 0", async ({
    openHarness,
  }) => {
    const quick = await openHarness({ invoiceFinalizationDelaySeconds: 0 });
    const subscriptionId = await subscribeWithCard(quick);
    const periodEnd =
      (await quick.stripe.subscriptions.retrieve(subscriptionId)).items.data[0]
        ?.current_period_end ?? 0;
    quick.emulator.advanceClock({ seconds: periodEnd - quick.emulator.now() });
    const [renewal] = (await quick.stripe.invoices.list({ subscription: subscriptionId, limit: 1 }))
      .data;
    expect(renewal?.billing_reason).toBe("subscription_cycle");
    expect(renewal?.status).toBe("paid");
  });
});
