// Late balance transactions, as live Stripe makes them with asynchronous capture
// (https://docs.stripe.com/payments/payment-intents/asynchronous-capture): the charge succeeds with
// `balance_transaction: null` (on the API's charge, on charge.succeeded and payment_intent.succeeded)
// and `charge.updated` announces the balance transaction later. Everything through the real SDK.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { describe, expect, test } from "@/tests/support/integration-test";
import {
  donationParams,
  eventTypes,
  type Harness,
  monthlyParams,
  payWithCard,
  type WebhookReceiver,
  waitFor,
  waitForEvent,
} from "@/tests/support/stripe-emulator-harness";
import { startStripeEmulator } from "@/tools/stripe-emulator/index";

async function payOnce(harness: Harness): Promise<Stripe.Checkout.Session> {
  const session = await harness.stripe.checkout.sessions.create(donationParams());
  const paid = await payWithCard(harness.emulator, session.id, "4242424242424242");
  expect(paid.status).toBe(303);
  return session;
}

/** The session's charge as the API answers now, with its balance transaction expanded. */
async function chargeOf(harness: Harness, sessionId: string): Promise<Stripe.Charge> {
  const session = await harness.stripe.checkout.sessions.retrieve(sessionId, {
    expand: ["payment_intent.latest_charge.balance_transaction"],
  });
  const intent = session.payment_intent;
  if (typeof intent !== "object" || intent === null) throw new Error("no payment intent");
  const charge = intent.latest_charge;
  if (typeof charge !== "object" || charge === null) throw new Error("no charge");
  return charge;
}

function chargeEvents(receiver: WebhookReceiver, type: "charge.succeeded" | "charge.updated") {
  return receiver.events
    .map(({ event }) => event)
    .filter(
      (event): event is Stripe.ChargeSucceededEvent | Stripe.ChargeUpdatedEvent =>
        event.type === type,
    );
}

function controlPost(harness: Harness, path: string, body: unknown): Promise<Response> {
  return fetch(`${harness.emulator.url}/_emulator/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("late balance transactions", () => {
  test("a card payment succeeds without its balance transaction, and charge.updated brings it", async ({
    openHarness,
  }) => {
    const harness = await openHarness({
      lateBalanceTransactions: true,
      balanceTransactionDelayMs: null,
    });
    const { stripe, emulator, receiver } = harness;
    const session = await payOnce(harness);

    const completed = await stripe.checkout.sessions.retrieve(session.id);
    expect(completed.status).toBe("complete");
    expect(completed.payment_status).toBe("paid");
    const before = await chargeOf(harness, session.id);
    expect(before).toMatchObject({
      status: "succeeded",
      paid: true,
      captured: true,
      amount_captured: 2500,
      balance_transaction: null,
    });
    const intent = await stripe.paymentIntents.retrieve(String(before.payment_intent));
    expect(intent.status).toBe("succeeded");
    expect(intent.capture_method).toBe("automatic_async");

    await waitForEvent(receiver, "checkout.session.completed");
    await emulator.waitForDeliveries();
    const [succeeded] = chargeEvents(receiver, "charge.succeeded");
    expect(succeeded?.data.object.balance_transaction).toBeNull();
    expect(eventTypes(receiver)).not.toContain("charge.updated");

    expect(emulator.releaseBalanceTransactions()).toEqual([before.id]);
    const updated = await waitForEvent(receiver, "charge.updated");
    expect(updated.data.object.id).toBe(before.id);
    expect(updated.data.object.balance_transaction).toMatch(/^txn_/);
    expect(updated.data.previous_attributes).toEqual({ balance_transaction: null });

    const after = await chargeOf(harness, session.id);
    const txn = after.balance_transaction;
    if (typeof txn !== "object" || txn === null) throw new Error("still no balance transaction");
    expect(txn.id).toBe(updated.data.object.balance_transaction);
    expect(txn).toMatchObject({
      object: "balance_transaction",
      amount: 2500,
      fee: Math.round(2500 * 0.029) + 30,
      net: 2500 - (Math.round(2500 * 0.029) + 30),
      currency: "usd",
      source: before.id,
      type: "charge",
    });

    // Made once: nothing is waiting any more.
    expect(emulator.releaseBalanceTransactions()).toEqual([]);
    const again = await controlPost(harness, "balance-transactions/release", { charge: before.id });
    expect(again.status).toBe(400);
    await emulator.waitForDeliveries();
    expect(chargeEvents(receiver, "charge.updated")).toHaveLength(1);
  });

  test("after the configured wall-clock delay, charge.updated comes by itself", async ({
    openHarness,
  }) => {
    const harness = await openHarness({
      lateBalanceTransactions: true,
      balanceTransactionDelayMs: 50,
    });
    const session = await payOnce(harness);
    const updated = await waitForEvent(harness.receiver, "charge.updated");
    expect(updated.data.object.balance_transaction).toMatch(/^txn_/);
    expect((await chargeOf(harness, session.id)).balance_transaction).not.toBeNull();
  });

  test("only the Checkout Session that asked for it gets its balance transaction late", async ({
    harness,
  }) => {
    const { stripe, emulator } = harness;
    const late = await stripe.checkout.sessions.create(donationParams());
    const onTime = await stripe.checkout.sessions.create(donationParams());
    const asked = await controlPost(
      harness,
      `checkout/sessions/${late.id}/late-balance-transactions`,
      {},
    );
    expect(asked.status).toBe(200);
    await payWithCard(emulator, late.id, "4242424242424242");
    await payWithCard(emulator, onTime.id, "4242424242424242");

    expect((await chargeOf(harness, late.id)).balance_transaction).toBeNull();
    expect((await chargeOf(harness, onTime.id)).balance_transaction).not.toBeNull();
    const unknown = await controlPost(
      harness,
      "checkout/sessions/cs_test_unknown/late-balance-transactions",
      {},
    );
    expect(unknown.status).toBe(404);
  });

  test("a monthly gift's first payment and its renewals get theirs late; moving the clock makes the waiting ones", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const session = await stripe.checkout.sessions.create(monthlyParams());
    emulator.delayBalanceTransactions(session.id);
    await payWithCard(emulator, session.id, "4242424242424242", "monthly@example.org");
    await waitForEvent(receiver, "invoice.paid");
    const first = chargeEvents(receiver, "charge.succeeded")[0]?.data.object;
    expect(first?.balance_transaction).toBeNull();

    // A month later: the first one is made (time has passed), the renewal's is late in turn.
    emulator.advanceClock({ days: 32 });
    await emulator.waitForDeliveries();
    const updates = chargeEvents(receiver, "charge.updated");
    expect(updates.map((event) => event.data.object.id)).toEqual([first?.id]);
    const renewals = chargeEvents(receiver, "charge.succeeded");
    expect(renewals).toHaveLength(2);
    const renewal = renewals[1]?.data.object;
    expect(renewal?.description).toBe("Subscription update");
    expect(renewal?.balance_transaction).toBeNull();
    expect(eventTypes(receiver).filter((type) => type === "invoice.paid")).toHaveLength(2);

    expect(emulator.releaseBalanceTransactions()).toEqual([renewal?.id]);
    await emulator.waitForDeliveries();
    expect(chargeEvents(receiver, "charge.updated").map((event) => event.data.object.id)).toEqual([
      first?.id,
      renewal?.id,
    ]);
    const settled = await stripe.charges.retrieve(renewal?.id ?? "", {
      expand: ["balance_transaction"],
    });
    expect(settled.balance_transaction).toMatchObject({ amount: 1000, currency: "usd" });
  });

  test("is switched on and off at run time through the control endpoint", async ({ harness }) => {
    const { stripe, emulator } = harness;
    const refused = await controlPost(harness, "balance-transactions", { late: "yes" });
    expect(refused.status).toBe(400);
    const on = await controlPost(harness, "balance-transactions", { late: true, delayMs: null });
    expect(await on.json()).toEqual({ late: true, delayMs: null });
    const status = await (await fetch(`${emulator.url}/_emulator`)).json();
    expect(status.balanceTransactions).toEqual({ late: true, delayMs: null });

    const late = await payOnce(harness);
    expect((await chargeOf(harness, late.id)).balance_transaction).toBeNull();
    emulator.configureBalanceTransactions({ late: false });
    const onTime = await payOnce(harness);
    expect((await chargeOf(harness, onTime.id)).balance_transaction).not.toBeNull();

    const released = await controlPost(harness, "balance-transactions/release", {});
    const lateCharge = await stripe.charges.retrieve(String((await chargeOf(harness, late.id)).id));
    expect(await released.json()).toEqual({ released: [lateCharge.id] });
    expect(lateCharge.balance_transaction).toMatch(/^txn_/);
  });

  test("a balance transaction still awaited when the emulator stops is made after a restart", async () => {
    const dir = await mkdtemp(join(tmpdir(), "late-txn-"));
    const stateFile = join(dir, "state.json");
    try {
      const first = await startStripeEmulator({
        stateFile,
        lateBalanceTransactions: true,
        balanceTransactionDelayMs: null,
      });
      const stripe = new Stripe("sk_test_restart", {
        ...first.stripeOptions,
        maxNetworkRetries: 0,
      });
      const session = await stripe.checkout.sessions.create(donationParams());
      await payWithCard(first, session.id, "4242424242424242");
      await first.close();

      const second = await startStripeEmulator({ stateFile, balanceTransactionDelayMs: 20 });
      try {
        await waitFor(
          () => second.events().some((event) => event.type === "charge.updated"),
          "charge.updated after the restart",
        );
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
