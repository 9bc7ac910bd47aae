// A payment whose balance transaction comes later, as on live Stripe with asynchronous capture: the
// charge succeeds with `balance_transaction: null` and `charge.updated` announces it afterwards
// (docs/decisions/023-settlement-later.md). The gift is paid (and its donor counted) from the
// charge; the public "raised" figure takes it in once its settlement amount is known; whichever
// order the webhook, the success page and charge.updated come in, the figures are written once.
import {
  donationTotals,
  eventsOfType,
  onlyEvent,
  payOnHostedPage,
  type Testbed,
} from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

/** SEPA Direct Debit takes EUR payments only: EUR 25, which settles as USD 27.50. */
const EURO_GIFT = { currency: "eur", preset: "eur:2500" };

// Every charge of this file gets its balance transaction only when the test releases it.
test.override({
  testbedOptions: { lateBalanceTransactions: true, balanceTransactionDelayMs: null },
});

test.beforeEach(({ app }) => app.reset());

/** The public "raised" figure in USD and the donors, as the site reads them (uncached). */
async function publicFigures(): Promise<{ donors: number; raisedUsd: number }> {
  const { readPublicStats } = await import("@/lib/stats/read-public-stats");
  const stats = await readPublicStats();
  return { donors: stats.donors, raisedUsd: stats.raised.USD ?? 0 };
}

/** The event of `type` (the `index`-th, oldest first), exactly as the emulator would send it. */
function eventJson(testbed: Testbed, type: string, index = 0): string {
  const json = eventsOfType(testbed.emulator, type)[index];
  if (json === undefined) throw new Error(`no ${type} event #${index}`);
  return json;
}

const sessionRetrievals = ({ apiRequests }: Testbed, sessionId: string) =>
  apiRequests.filter((line) => line.startsWith(`GET /v1/checkout/sessions/${sessionId} `)).length;

const IP = "a".repeat(64);

describe("a one-time gift whose balance transaction comes later", () => {
  test("is paid when the webhook arrives before the success page, and raised once charge.updated brings the settlement", async ({
    app: { db, readSuccessOutcome },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(eventsOfType(testbed.emulator, "charge.updated")).toEqual([]);

    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const paid = await db.donation.findUniqueOrThrow({
      where: { id: donationId },
      include: { payments: true },
    });
    expect(paid.status).toBe("PAID");
    expect(paid.payments).toHaveLength(1);
    expect(paid.payments[0]).toMatchObject({
      amount: 2500,
      currency: "usd",
      settlementAmount: null,
      settlementFee: null,
      settlementNet: null,
      settlementCurrency: null,
    });
    expect(await donationTotals()).toEqual({ donors: 1, raised: 0 });
    expect(await publicFigures()).toEqual({ donors: 1, raisedUsd: 0 });

    // The success page after the webhook: paid, still without settlement figures.
    const page = await readSuccessOutcome(sessionId, IP);
    expect(page.ok && page.value.status).toBe("PAID");
    expect(await donationTotals()).toEqual({ donors: 1, raised: 0 });

    const [chargeId] = testbed.emulator.releaseBalanceTransactions();
    const updated = onlyEvent(testbed.emulator, "charge.updated");
    expect(await deliver(updated)).toBe(200);
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    const charge = await testbed.stripe.charges.retrieve(chargeId ?? "", {
      expand: ["balance_transaction"],
    });
    const txn = charge.balance_transaction;
    if (txn === null || typeof txn === "string") throw new Error("no balance transaction");
    expect(payment).toMatchObject({
      settlementAmount: txn.amount,
      settlementFee: txn.fee,
      settlementNet: txn.net,
      settlementCurrency: "usd",
    });
    expect(txn.amount).toBe(2500);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
    expect(await publicFigures()).toEqual({ donors: 1, raisedUsd: 2500 });

    // Redelivered: recorded once.
    const events = await db.stripeEvent.count();
    expect(await deliver(updated)).toBe(200);
    expect(await db.stripeEvent.count()).toBe(events);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });

    // Settled and paid: the success page answers from the database now.
    const retrievals = sessionRetrievals(testbed, sessionId);
    const settled = await readSuccessOutcome(sessionId, IP);
    expect(settled.ok && settled.value.status).toBe("PAID");
    expect(sessionRetrievals(testbed, sessionId)).toBe(retrievals);
  });

  test("is paid when the success page comes before the webhook, and charge.updated fills it in once", async ({
    app: { db, readSuccessOutcome },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });

    const page = await readSuccessOutcome(sessionId, IP);
    expect(page.ok && page.value.status).toBe("PAID");
    expect(await donationTotals()).toEqual({ donors: 1, raised: 0 });

    testbed.emulator.releaseBalanceTransactions();
    expect(await deliver(onlyEvent(testbed.emulator, "charge.updated"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });

    // The checkout webhook arrives last: nothing more to do.
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
    expect(await publicFigures()).toEqual({ donors: 1, raisedUsd: 2500 });
  });

  test("fills in the settlement from the success page when charge.updated never comes", async ({
    app: { db, readSuccessOutcome },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 0 });

    testbed.emulator.releaseBalanceTransactions();
    const reload = await readSuccessOutcome(sessionId, IP);
    expect(reload.ok && reload.value.status).toBe("PAID");
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    expect(payment.settlementAmount).toBe(2500);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });

    // The event arriving after all changes nothing.
    expect(await deliver(onlyEvent(testbed.emulator, "charge.updated"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
  });

  test("records the payment from charge.updated when it comes before the checkout webhook", async ({
    app: { db, readSuccessOutcome },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    testbed.emulator.releaseBalanceTransactions();

    expect(await deliver(onlyEvent(testbed.emulator, "charge.updated"))).toBe(200);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("PAID");
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });

    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const page = await readSuccessOutcome(sessionId, IP);
    expect(page.ok && page.value.status).toBe("PAID");
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
  });

  test("counts the settlement once when charge.updated, the webhook and the success page arrive at the same moment", async ({
    app: { db, readSuccessOutcome, fulfilCheckoutSession },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    testbed.emulator.releaseBalanceTransactions();
    const updated = onlyEvent(testbed.emulator, "charge.updated");

    const [first, second, page, fulfilled] = await Promise.all([
      deliver(updated),
      deliver(updated),
      readSuccessOutcome(sessionId, IP),
      fulfilCheckoutSession(sessionId),
    ]);

    expect([first, second]).toEqual([200, 200]);
    expect(page.ok).toBe(true);
    expect(fulfilled.ok).toBe(true);
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
  });
});

describe("other payments whose balance transaction comes later", () => {
  test("a bank debit: processing, then paid when it succeeds, then raised when charge.updated comes", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift(EURO_GIFT);
    await payOnHostedPage(testbed.emulator, sessionId, { iban: "AT611904300234573201" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const processing = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(processing.status).toBe("PROCESSING");

    testbed.emulator.settleDelayedPayments();
    expect(
      await deliver(onlyEvent(testbed.emulator, "checkout.session.async_payment_succeeded")),
    ).toBe(200);
    const paid = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(paid.status).toBe("PAID");
    expect(await donationTotals()).toEqual({ donors: 1, raised: 0 });

    testbed.emulator.releaseBalanceTransactions();
    expect(await deliver(onlyEvent(testbed.emulator, "charge.updated"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2750 });
  });

  test("a gift refunded in full before its balance transaction never adds to raised", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    await testbed.stripe.refunds.create({ charge: payment.stripeChargeId });
    expect(await deliver(onlyEvent(testbed.emulator, "charge.refunded"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 0, raised: 0 });

    testbed.emulator.releaseBalanceTransactions();
    expect(await deliver(onlyEvent(testbed.emulator, "charge.updated"))).toBe(200);
    const settled = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    expect(settled).toMatchObject({ settlementAmount: 2500, settlementRefunded: 2500 });
    expect(await donationTotals()).toEqual({ donors: 0, raised: 0 });
  });
});

describe("a monthly gift whose balance transactions come later", () => {
  test("counts the first payment and a renewal in raised only once each is settled (webhook before the success page)", async ({
    app: { db, readSuccessOutcome },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });

    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    expect(await deliver(eventJson(testbed, "invoice.paid"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 0 });
    const page = await readSuccessOutcome(sessionId, IP);
    expect(page.ok && page.value.status).toBe("PAID");

    testbed.emulator.releaseBalanceTransactions();
    expect(await deliver(eventJson(testbed, "charge.updated"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 1000 });

    // A month later Stripe renews: invoice.paid with the charge still unsettled.
    testbed.emulator.advanceClock({ days: 32 });
    expect(await deliver(eventJson(testbed, "invoice.paid", 1))).toBe(200);
    const renewed = await db.donationPayment.findMany({
      where: { donationId },
      orderBy: { paidAt: "asc" },
    });
    expect(renewed).toHaveLength(2);
    expect(renewed[1]).toMatchObject({ amount: 1000, settlementAmount: null });
    expect(await donationTotals()).toEqual({ donors: 1, raised: 1000 });
    expect(await publicFigures()).toEqual({ donors: 1, raisedUsd: 1000 });

    testbed.emulator.releaseBalanceTransactions();
    const renewalUpdated = eventJson(testbed, "charge.updated", 1);
    expect(await deliver(renewalUpdated)).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2000 });
    expect(await publicFigures()).toEqual({ donors: 1, raisedUsd: 2000 });

    // Every event again, in reverse: nothing moves.
    for (const event of testbed.emulator.events().reverse())
      expect(await deliver(event.json)).toBe(200);
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(2);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2000 });
  });

  test("is paid from the success page before any webhook, and settles when charge.updated comes", async ({
    app: { db, readSuccessOutcome },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });

    const page = await readSuccessOutcome(sessionId, IP);
    expect(page.ok && page.value.status).toBe("PAID");
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    expect(payment.stripeInvoiceId).toMatch(/^in_/);
    expect(payment.settlementAmount).toBeNull();
    expect(await donationTotals()).toEqual({ donors: 1, raised: 0 });

    testbed.emulator.releaseBalanceTransactions();
    expect(await deliver(eventJson(testbed, "charge.updated"))).toBe(200);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 1000 });

    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    expect(await deliver(eventJson(testbed, "invoice.paid"))).toBe(200);
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 1000 });
  });
});
