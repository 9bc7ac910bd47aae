// "Cover the card fee": the donation records the donor's choice and the fee added, Checkout charges
// the covered amount, and once Stripe has taken its fee the fund has the gift the donor chose.
import { onlyEvent, payOnHostedPage } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

test.beforeEach(({ app }) => app.reset());

describe("covering the card fee", () => {
  test("a donor who covers the fee on USD 25 pays USD 26.06 and the fund nets at least USD 25", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ coverFees: "on" });
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    // (2500 + 30) / (1 - 0.029), rounded up past Stripe's rounding: 2606; its fee is 76 + 30.
    expect(donation).toMatchObject({ amount: 2606, coversFees: true, coveredFee: 106 });
    const session = await testbed.stripe.checkout.sessions.retrieve(sessionId, {
      expand: ["line_items"],
    });
    expect(session.amount_total).toBe(2606);
    expect(session.line_items?.data[0]?.price?.unit_amount).toBe(2606);

    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
    expect(payment.settlementFee).toBe(106);
    expect(payment.settlementNet).toBe(2500);
  });

  test("a donor who leaves the box unticked pays the gift and records no covered fee", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation).toMatchObject({ amount: 2500, coversFees: false, coveredFee: 0 });
    const session = await testbed.stripe.checkout.sessions.retrieve(sessionId);
    expect(session.amount_total).toBe(2500);
  });

  test("covers a monthly gift's fee on every payment", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ frequency: "monthly", coverFees: "on" });
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation).toMatchObject({ amount: 2606, coversFees: true, coveredFee: 106 });
    const session = await testbed.stripe.checkout.sessions.retrieve(sessionId, {
      expand: ["line_items"],
    });
    expect(session.line_items?.data[0]?.price).toMatchObject({
      unit_amount: 2606,
      recurring: { interval: "month" },
    });
  });
});
