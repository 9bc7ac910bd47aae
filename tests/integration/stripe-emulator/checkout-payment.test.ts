import Stripe from "stripe";
import { describe, expect, test } from "@/tests/support/integration-test";
import {
  donationParams,
  eventTypes,
  payWithCard,
  payWithIban,
  waitFor,
  waitForEvent,
} from "@/tests/support/stripe-emulator-harness";

/** SEPA Direct Debit is for EUR payments only. */
function euroDonation() {
  return donationParams({
    line_items: [
      {
        quantity: 1,
        price_data: { currency: "eur", unit_amount: 2500, product_data: { name: "Donation" } },
      },
    ],
  });
}

describe("a one-off donation through the hosted checkout page", () => {
  test("completes with 4242, redirects to success_url and settles into a balance transaction", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const session = await stripe.checkout.sessions.create(donationParams());
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.object).toBe("checkout.session");
    expect(session.livemode).toBe(false);
    expect(session.status).toBe("open");
    expect(session.payment_status).toBe("unpaid");
    expect(session.submit_type).toBe("donate");
    expect(session.metadata).toEqual({ donationId: "don_1" });
    expect(session.url).toBe(`${emulator.url}/checkout/${session.id}`);

    const page = await fetch(session.url ?? "");
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("$25.00");
    expect(html).toContain("Test mode");
    expect(html).toContain('<label for="card-number">Card number</label>');
    expect(html).toContain('href="http://localhost:3000/donate"');
    expect(html).not.toContain("<script");

    const paid = await payWithCard(emulator, session.id, "4242 4242 4242 4242");
    expect(paid.status).toBe(303);
    expect(paid.location).toBe(`http://localhost:3000/donate/thanks?session_id=${session.id}`);

    const completed = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ["payment_intent.latest_charge.balance_transaction"],
    });
    expect(completed.status).toBe("complete");
    expect(completed.payment_status).toBe("paid");
    expect(completed.customer_details?.email).toBe("donor@example.org");
    const intent = completed.payment_intent;
    if (typeof intent !== "object" || intent === null)
      throw new Error("payment_intent was not expanded");
    expect(intent.status).toBe("succeeded");
    expect(intent.amount_received).toBe(2500);
    expect(intent.description).toBe("Donation to Blue Heart");
    const charge = intent.latest_charge;
    if (typeof charge !== "object" || charge === null)
      throw new Error("latest_charge was not expanded");
    expect(charge.id).toMatch(/^ch_/);
    expect(charge.paid).toBe(true);
    expect(charge.payment_method_details?.card?.last4).toBe("4242");
    const txn = charge.balance_transaction;
    if (typeof txn !== "object" || txn === null)
      throw new Error("balance_transaction was not expanded");
    // 2.9% of 2500 is 72.5, rounded to 73, plus 30: a fee of 103 cents.
    expect(txn).toMatchObject({
      object: "balance_transaction",
      amount: 2500,
      currency: "usd",
      fee: 103,
      net: 2397,
    });

    const completedEvent = await waitForEvent(receiver, "checkout.session.completed");
    expect(completedEvent.api_version).toBe(Stripe.API_VERSION);
    expect(completedEvent.data.object.id).toBe(session.id);
    expect(completedEvent.data.object.metadata?.donationId).toBe("don_1");
    expect(receiver.rejected).toEqual([]);
  });

  test("converts a foreign-currency donation into the settlement currency at the documented rate", async ({
    harness,
  }) => {
    const { stripe, emulator } = harness;
    const session = await stripe.checkout.sessions.create(
      donationParams({
        line_items: [
          {
            quantity: 1,
            price_data: { currency: "eur", unit_amount: 2000, product_data: { name: "Donation" } },
          },
        ],
      }),
    );
    await payWithCard(emulator, session.id, "4242424242424242");
    const completed = await stripe.checkout.sessions.retrieve(session.id);
    const intent = await stripe.paymentIntents.retrieve(String(completed.payment_intent));
    const charge = await stripe.charges.retrieve(String(intent.latest_charge), {
      expand: ["balance_transaction"],
    });
    const txn = charge.balance_transaction;
    if (typeof txn !== "object" || txn === null)
      throw new Error("balance_transaction was not expanded");
    // EUR 20.00 at 1.1 USD per EUR is USD 22.00; fee 2.9% (63.8 -> 64) + 30 = 94.
    expect(txn).toMatchObject({
      amount: 2200,
      currency: "usd",
      exchange_rate: 1.1,
      fee: 94,
      net: 2106,
    });
  });

  test("re-renders the page with Stripe's message when 4000 0000 0000 0002 is declined, completing nothing", async ({
    harness,
  }) => {
    const { stripe, emulator } = harness;
    const session = await stripe.checkout.sessions.create(donationParams());
    const declined = await payWithCard(emulator, session.id, "4000 0000 0000 0002");
    expect(declined.status).toBe(402);
    expect(declined.location).toBeNull();
    expect(declined.html).toContain('role="alert"');
    expect(declined.html).toContain("Your card was declined.");
    expect(declined.html).toContain('aria-invalid="true"');

    const after = await stripe.checkout.sessions.retrieve(session.id);
    expect(after.status).toBe("open");
    expect(after.payment_status).toBe("unpaid");
    const intent = await stripe.paymentIntents.retrieve(String(after.payment_intent));
    expect(intent.status).toBe("requires_payment_method");
    expect(intent.last_payment_error?.decline_code).toBe("generic_decline");

    // The donor can try again with a good card on the same session.
    const retried = await payWithCard(emulator, session.id, "4242424242424242");
    expect(retried.status).toBe(303);
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe("paid");
  });

  test("rejects an incomplete card number before charging anything", async ({ harness }) => {
    const { stripe, emulator } = harness;
    const session = await stripe.checkout.sessions.create(donationParams());
    const result = await payWithCard(emulator, session.id, "4242");
    expect(result.status).toBe(400);
    expect(result.html).toContain("Your card number is incomplete.");
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_intent).toBeNull();
  });

  test("completes a SEPA debit unpaid at once and sends async_payment_succeeded when it settles", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const session = await stripe.checkout.sessions.create(euroDonation());
    const result = await payWithIban(emulator, session.id, "AT61 1904 3002 3457 3201");
    expect(result.status).toBe(303);

    const pending = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ["payment_intent"],
    });
    expect(pending.status).toBe("complete");
    expect(pending.payment_status).toBe("unpaid");
    expect(typeof pending.payment_intent === "object" && pending.payment_intent?.status).toBe(
      "processing",
    );

    await waitFor(
      () => eventTypes(receiver).includes("checkout.session.completed"),
      "checkout.session.completed",
    );
    expect(emulator.settleDelayedPayments()).toHaveLength(1);
    await waitFor(
      () => eventTypes(receiver).includes("checkout.session.async_payment_succeeded"),
      "checkout.session.async_payment_succeeded",
    );
    const settled = await stripe.checkout.sessions.retrieve(session.id);
    expect(settled.payment_status).toBe("paid");
    expect(eventTypes(receiver)).not.toContain("checkout.session.async_payment_failed");
  });

  test("sends async_payment_failed when the failing test IBAN bounces", async ({ harness }) => {
    const { stripe, emulator, receiver } = harness;
    const session = await stripe.checkout.sessions.create(euroDonation());
    await payWithIban(emulator, session.id, "AT861904300235473202");
    const response = await fetch(`${emulator.url}/_emulator/payments/settle`, {
      method: "POST",
      body: "{}",
    });
    expect(response.status).toBe(200);
    await waitFor(
      () => eventTypes(receiver).includes("checkout.session.async_payment_failed"),
      "checkout.session.async_payment_failed",
    );
    const failed = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ["payment_intent"],
    });
    expect(failed.status).toBe("complete");
    expect(failed.payment_status).toBe("unpaid");
    const intent = failed.payment_intent;
    if (typeof intent !== "object" || intent === null)
      throw new Error("payment_intent was not expanded");
    expect(intent.status).toBe("requires_payment_method");
  });

  test("settles a bank debit on its own after the configured delay", async ({ openHarness }) => {
    const quick = await openHarness({ asyncPaymentDelayMs: 100 });
    const session = await quick.stripe.checkout.sessions.create(euroDonation());
    await payWithIban(quick.emulator, session.id, "AT611904300234573201");
    await waitFor(
      () => eventTypes(quick.receiver).includes("checkout.session.async_payment_succeeded"),
      "the delayed payment to settle",
    );
  });

  test("expires an open session on request and shows the expired page", async ({ harness }) => {
    const { stripe, emulator, receiver } = harness;
    const session = await stripe.checkout.sessions.create(donationParams());
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe("expired");
    expect(expired.url).toBeNull();
    await waitFor(
      () => eventTypes(receiver).includes("checkout.session.expired"),
      "checkout.session.expired",
    );

    const page = await fetch(emulator.hostedPageUrl(session.id));
    expect(await page.text()).toContain("This checkout page has expired");
    const late = await payWithCard(emulator, session.id, "4242424242424242");
    expect(late.status).toBe(410);

    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toThrow(/can be expired/);
  });

  test("expires sessions left open past expires_at when the clock moves on", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const session = await stripe.checkout.sessions.create(donationParams());
    emulator.advanceClock({ days: 1, seconds: 1 });
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("expired");
    await waitFor(
      () => eventTypes(receiver).includes("checkout.session.expired"),
      "checkout.session.expired",
    );
  });

  test("lists a session's line items", async ({ harness }) => {
    const { stripe } = harness;
    const session = await stripe.checkout.sessions.create(donationParams());
    const items = await stripe.checkout.sessions.listLineItems(session.id);
    expect(items.data).toHaveLength(1);
    expect(items.data[0]).toMatchObject({
      object: "item",
      amount_total: 2500,
      currency: "usd",
      description: "Donation to Blue Heart",
      quantity: 1,
    });
    expect(items.data[0]?.price?.unit_amount).toBe(2500);
    const withItems = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ["line_items"],
    });
    expect(withItems.line_items?.data).toHaveLength(1);
  });

  test("answers unknown ids with resource_missing", async ({ harness }) => {
    const { stripe } = harness;
    const error = await stripe.checkout.sessions
      .retrieve("cs_test_nope")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) return;
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe("resource_missing");
    expect(error.message).toBe("No such checkout.session: 'cs_test_nope'");
    await expect(stripe.charges.retrieve("pi_123")).rejects.toThrow("No such charge: 'pi_123'");
  });

  test("offers SEPA Direct Debit for a EUR payment only, and refuses a bank debit posted for USD", async ({
    harness,
  }) => {
    const { stripe, emulator } = harness;
    const usd = await stripe.checkout.sessions.create(donationParams());
    expect(usd.payment_method_types).toEqual(["card"]);
    const usdPage = await (await fetch(usd.url ?? "")).text();
    expect(usdPage).toContain("Pay by card");
    expect(usdPage).not.toContain("SEPA");
    expect(usdPage).not.toContain("IBAN");
    const refused = await payWithIban(emulator, usd.id, "AT611904300234573201");
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("Bank debit (SEPA) is available for payments in euros only");
    expect((await stripe.checkout.sessions.retrieve(usd.id)).status).toBe("open");

    const eur = await stripe.checkout.sessions.create(euroDonation());
    expect(eur.payment_method_types).toEqual(["card", "sepa_debit"]);
    expect(await (await fetch(eur.url ?? "")).text()).toContain("Pay by bank debit (SEPA)");
    expect((await payWithIban(emulator, eur.id, "AT611904300234573201")).status).toBe(303);
    const intent = await stripe.paymentIntents.retrieve(
      String((await stripe.checkout.sessions.retrieve(eur.id)).payment_intent),
    );
    expect(intent.payment_method_types).toEqual(["card", "sepa_debit"]);
  });
});
