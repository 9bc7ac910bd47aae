// The webhook records each payment once, whatever Stripe's delivery does: duplicates, concurrent
// deliveries, events out of order, the success page racing the webhook, forged or stale payloads.
import {
  donationTotals,
  eventsOfType,
  onlyEvent,
  payOnHostedPage,
  signedRequest,
} from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

/** SEPA Direct Debit takes EUR payments only: EUR 25, which settles as USD 27.50. */
const EURO_GIFT = { currency: "eur", preset: "eur:2500" };

test.beforeEach(({ app }) => app.reset());

describe("the Stripe webhook", () => {
  test("records a payment once when the same event arrives five times at once", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    const completed = onlyEvent(testbed.emulator, "checkout.session.completed");

    const statuses = await Promise.all(Array.from({ length: 5 }, () => deliver(completed)));

    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    expect(await db.stripeEvent.count()).toBe(1);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("PAID");
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    expect(payment).toMatchObject({ amount: 2500, currency: "usd", settlementCurrency: "usd" });
    // The emulator's fee formula: 2.9% + 30 minor units of the settled amount.
    const fee = Math.round(2500 * 0.029) + 30;
    expect(payment.settlementFee).toBe(fee);
    expect(payment.settlementNet).toBe(2500 - fee);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
  });

  test("counts a payment in the settlement currency from its balance transaction", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ currency: "eur", preset: "eur:5000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    const charge = await testbed.stripe.charges.retrieve(payment.stripeChargeId, {
      expand: ["balance_transaction"],
    });
    const txn = charge.balance_transaction;
    if (txn === null || typeof txn === "string") throw new Error("no balance transaction");
    expect(payment).toMatchObject({
      amount: 5000,
      currency: "eur",
      settlementAmount: txn.amount,
      settlementFee: txn.fee,
      settlementNet: txn.net,
      settlementCurrency: "usd",
    });
    expect(txn.amount).not.toBe(5000);
    expect(await donationTotals()).toEqual({ donors: 1, raised: txn.amount });
  });

  test("writes one row when the success page and the webhook fulfil at the same moment", async ({
    app: { db, fulfilCheckoutSession },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    const completed = onlyEvent(testbed.emulator, "checkout.session.completed");

    const [status, page, again] = await Promise.all([
      deliver(completed),
      fulfilCheckoutSession(sessionId),
      fulfilCheckoutSession(sessionId),
    ]);

    expect(status).toBe(200);
    expect(page.ok).toBe(true);
    expect(again.ok).toBe(true);
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
  });

  test.for([
    ["a tampered body", { body: "tamper" }],
    ["the wrong secret", { secret: "whsec_not_ours" }],
    ["a timestamp older than 300 seconds", { timestamp: Math.floor(Date.now() / 1000) - 301 }],
  ] as const)(
    "answers 400 to %s and writes nothing",
    async ([, options], { app: { db }, testbed, deliver, startGift }) => {
      const { donationId, sessionId } = await startGift();
      await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
      const completed = onlyEvent(testbed.emulator, "checkout.session.completed");
      const body =
        "body" in options
          ? completed.replace('"amount_total": 2500', '"amount_total": 1')
          : undefined;
      if (body !== undefined) expect(body).not.toBe(completed);
      const status = await deliver(completed, {
        ...("secret" in options ? { secret: options.secret } : {}),
        ...("timestamp" in options ? { timestamp: options.timestamp } : {}),
        ...(body === undefined ? {} : { body }),
      });
      expect(status).toBe(400);
      expect(await db.stripeEvent.count()).toBe(0);
      expect(await db.donationPayment.count({ where: { donationId } })).toBe(0);
      expect((await db.donation.findUniqueOrThrow({ where: { id: donationId } })).status).toBe(
        "PENDING",
      );
    },
  );

  test("answers 400 when the signature header is missing", async ({ app: { webhookRoute } }) => {
    const response = await webhookRoute(
      new Request("http://localhost:3100/api/webhooks/stripe", { method: "POST", body: "{}" }),
    );
    expect(response.status).toBe(400);
  });

  test("records one paid donation when a delayed payment's success arrives before completion", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift(EURO_GIFT);
    // Stripe's SEPA test IBAN that succeeds after a delay.
    await payOnHostedPage(testbed.emulator, sessionId, { iban: "AT611904300234573201" });
    const completed = onlyEvent(testbed.emulator, "checkout.session.completed");
    testbed.emulator.settleDelayedPayments();
    const succeeded = onlyEvent(testbed.emulator, "checkout.session.async_payment_succeeded");

    expect(await deliver(succeeded)).toBe(200);
    expect(await deliver(completed)).toBe(200);

    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("PAID");
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2750 });
  });

  test("shows a delayed payment as processing until it settles", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift(EURO_GIFT);
    await payOnHostedPage(testbed.emulator, sessionId, { iban: "AT611904300234573201" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("PROCESSING");
    expect(await donationTotals()).toEqual({ donors: 0, raised: 0 });
  });

  test("leaves the totals unchanged when a delayed payment fails", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift(EURO_GIFT);
    // Stripe's SEPA test IBAN that fails after a delay.
    await payOnHostedPage(testbed.emulator, sessionId, { iban: "AT861904300235473202" });
    testbed.emulator.settleDelayedPayments();
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    expect(
      await deliver(onlyEvent(testbed.emulator, "checkout.session.async_payment_failed")),
    ).toBe(200);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("FAILED");
    expect(await db.donationPayment.count()).toBe(0);
    expect(await donationTotals()).toEqual({ donors: 0, raised: 0 });
  });

  test("applies two partial refunds once each, however often they are delivered, and the totals drop", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ preset: "usd:10000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });

    await testbed.stripe.refunds.create({ charge: payment.stripeChargeId, amount: 1500 });
    await testbed.stripe.refunds.create({ charge: payment.stripeChargeId, amount: 2500 });
    const refundEvents = [
      ...eventsOfType(testbed.emulator, "charge.refunded"),
      ...eventsOfType(testbed.emulator, "refund.created"),
    ];
    expect(refundEvents).toHaveLength(4);
    // Newest first, each twice, some at once.
    for (const json of [...refundEvents].reverse()) {
      const statuses = await Promise.all([deliver(json), deliver(json)]);
      expect(statuses).toEqual([200, 200]);
    }

    const updated = await db.donationPayment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(updated.amountRefunded).toBe(4000);
    expect(updated.settlementRefunded).toBe(4000);
    expect(await db.donationRefund.count({ where: { paymentId: payment.id } })).toBe(2);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 6000 });
  });

  test("takes a fully refunded gift out of the donors and the total", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const payment = await db.donationPayment.findFirstOrThrow();
    await testbed.stripe.refunds.create({ charge: payment.stripeChargeId });
    expect(await deliver(onlyEvent(testbed.emulator, "charge.refunded"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 0, raised: 0 });
  });

  test("flags a disputed payment", async ({ app: { db }, testbed, deliver, startGift }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    testbed.emulator.openDispute(payment.stripeChargeId);
    expect(await deliver(onlyEvent(testbed.emulator, "charge.dispute.created"))).toBe(200);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.disputed).toBe(true);
    const flagged = await db.donationPayment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(flagged).toMatchObject({ disputed: true, disputeStatus: "needs_response" });
  });

  test("marks an abandoned checkout expired when its session expires", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await testbed.stripe.checkout.sessions.expire(sessionId);
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.expired"))).toBe(200);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("EXPIRED");
  });

  test("acknowledges events it does not use without recording them", async ({
    app: { db, webhookRoute },
    testbed,
    startGift,
  }) => {
    const { sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    const response = await webhookRoute(
      signedRequest(onlyEvent(testbed.emulator, "charge.succeeded")),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "ignored" });
    expect(await db.stripeEvent.count()).toBe(0);
  });
});
