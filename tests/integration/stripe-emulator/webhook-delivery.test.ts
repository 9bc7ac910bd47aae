import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, test } from "@/tests/support/integration-test";
import {
  donationParams,
  eventTypes,
  type Harness,
  payWithCard,
  waitFor,
} from "@/tests/support/stripe-emulator-harness";
import { signPayload, startStripeEmulator } from "@/tools/stripe-emulator/index";

/** Expires a new session, so the emulator sends one event; that event's delivery, once done. */
async function expireOneSession({ stripe, emulator }: Harness) {
  const session = await stripe.checkout.sessions.create(donationParams());
  await stripe.checkout.sessions.expire(session.id);
  await emulator.waitForDeliveries();
  return emulator.deliveries()[0];
}

async function completeDonation(h: Harness): Promise<void> {
  const session = await h.stripe.checkout.sessions.create(donationParams());
  await payWithCard(h.emulator, session.id, "4242424242424242");
}

describe("webhook delivery", () => {
  test("signs like Stripe: t=<unix>,v1=<HMAC-SHA256 of '<t>.<payload>'>", () => {
    const header = signPayload('{"id":"evt_1"}', "whsec_abc", 1_700_000_000);
    const expected = createHmac("sha256", "whsec_abc")
      .update('1700000000.{"id":"evt_1"}')
      .digest("hex");
    expect(header).toBe(`t=1700000000,v1=${expected}`);
    const verifier = new Stripe("sk_test_x");
    const now = Math.floor(Date.now() / 1000);
    const event = verifier.webhooks.constructEvent(
      '{"id":"evt_1"}',
      signPayload('{"id":"evt_1"}', "whsec_abc", now),
      "whsec_abc",
    );
    expect(event.id).toBe("evt_1");
  });

  test("sends Stripe.Event objects that constructEvent verifies, with api_version and request", async ({
    harness,
  }) => {
    await completeDonation(harness);
    await harness.emulator.waitForDeliveries();
    expect(harness.receiver.rejected).toEqual([]);
    expect(eventTypes(harness.receiver)).toEqual([
      "charge.succeeded",
      "payment_intent.succeeded",
      "checkout.session.completed",
    ]);
    for (const { event } of harness.receiver.events) {
      expect(event).toMatchObject({
        object: "event",
        livemode: false,
        api_version: Stripe.API_VERSION,
        pending_webhooks: 1,
      });
      expect(event.id).toMatch(/^evt_/);
      expect(event.request).toEqual({ id: null, idempotency_key: null });
    }
    const stored = await harness.stripe.events.retrieve(harness.receiver.events[0]?.event.id ?? "");
    expect(stored.type).toBe("charge.succeeded");
  });

  test("retries with backoff after the receiver answers 500, until it answers 200", async ({
    harness,
  }) => {
    harness.receiver.failNext(2, 500);
    const delivery = await expireOneSession(harness);
    expect(delivery?.status).toBe("succeeded");
    expect(delivery?.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 200]);
    expect(eventTypes(harness.receiver)).toEqual(["checkout.session.expired"]);
  });

  test("gives up after the last retry and marks the delivery failed", async ({ openHarness }) => {
    const harness = await openHarness({ retryDelaysMs: [20, 20] });
    harness.receiver.failNext(10, 503);
    const delivery = await expireOneSession(harness);
    expect(delivery?.status).toBe("failed");
    expect(delivery?.attempts).toHaveLength(3);
  });

  test("retries after a network error (nothing listening)", async ({ openHarness }) => {
    const harness = await openHarness({
      webhookUrl: "http://localhost:9/unreachable",
      retryDelaysMs: [20],
    });
    const delivery = await expireOneSession(harness);
    expect(delivery?.status).toBe("failed");
    expect(delivery?.attempts.map((attempt) => attempt.statusCode)).toEqual([null, null]);
    expect(delivery?.attempts[0]?.error).toBeTruthy();
  });

  test("delivers every event twice with duplicateDeliveries: 2, same event id each time", async ({
    openHarness,
  }) => {
    const harness = await openHarness({ duplicateDeliveries: 2 });
    await completeDonation(harness);
    await harness.emulator.waitForDeliveries();
    const ids = harness.receiver.events.map(({ event }) => event.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(3);
    const completed = harness.receiver.events.filter(
      ({ event }) => event.type === "checkout.session.completed",
    );
    expect(completed).toHaveLength(2);
    expect(completed[0]?.event.id).toBe(completed[1]?.event.id);
  });

  test("delivers the events of a flow in reverse with deliveryOrder: reverse", async ({
    openHarness,
  }) => {
    const harness = await openHarness({ deliveryOrder: "reverse" });
    await completeDonation(harness);
    await harness.emulator.waitForDeliveries();
    expect(eventTypes(harness.receiver)).toEqual([
      "checkout.session.completed",
      "payment_intent.succeeded",
      "charge.succeeded",
    ]);
  });

  test("shuffles the events of a flow with shuffleDeliveries, delivering each exactly once", async ({
    openHarness,
  }) => {
    const harness = await openHarness({ shuffleDeliveries: true });
    await completeDonation(harness);
    await harness.emulator.waitForDeliveries();
    expect([...eventTypes(harness.receiver)].sort()).toEqual(
      ["charge.succeeded", "checkout.session.completed", "payment_intent.succeeded"].sort(),
    );
  });

  test("sends only the enabled event types", async ({ openHarness }) => {
    const harness = await openHarness({ enabledEvents: ["checkout.session.completed"] });
    await completeDonation(harness);
    await harness.emulator.waitForDeliveries();
    expect(eventTypes(harness.receiver)).toEqual(["checkout.session.completed"]);
  });

  test("lists deliveries and their attempts over the control API", async ({ harness }) => {
    await completeDonation(harness);
    await waitFor(() => harness.receiver.events.length === 3, "three deliveries");
    const response = await fetch(`${harness.emulator.url}/_emulator/deliveries/wait`, {
      method: "POST",
      body: "{}",
    });
    const body: unknown = await response.json();
    expect(body).toMatchObject({
      deliveries: [
        {
          eventType: "charge.succeeded",
          status: "succeeded",
          attempts: [{ attempt: 1, statusCode: 200 }],
        },
        { eventType: "payment_intent.succeeded", status: "succeeded" },
        { eventType: "checkout.session.completed", status: "succeeded" },
      ],
    });
  });
});

describe("API versions", () => {
  test("events carry the webhook endpoint's API version, and an endpoint at a version the emulator cannot render is refused", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    await expireOneSession(harness);
    const [received] = receiver.events;
    expect(received?.event.api_version).toBe(Stripe.API_VERSION);
    const listed = await stripe.events.list({ limit: 1 });
    expect(listed.data[0]?.api_version).toBe(Stripe.API_VERSION);

    await expect(startStripeEmulator({ webhookApiVersion: "2025-03-31.basil" })).rejects.toThrow(
      /renders events at API version 2026-10-28\.endive only/,
    );
    expect(() => emulator.configureWebhooks({ apiVersion: "2024-06-20" })).toThrow(
      /a webhook endpoint at 2024-06-20 would receive objects of another shape/,
    );
  });

  test("a request for another API version than the pinned one is refused, not answered in the wrong shape", async ({
    harness,
  }) => {
    const other = new Stripe("sk_test_emulator", {
      ...harness.emulator.stripeOptions,
      apiVersion: "2025-03-31.basil" as typeof Stripe.API_VERSION,
      maxNetworkRetries: 0,
    });
    const error = await other.checkout.sessions.create(donationParams()).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error instanceof Error && error.message).toContain(
      "speaks API version 2026-10-28.endive only",
    );
  });
});
