// "Donors" counts people, not payments (docs/decisions/027-donors-and-test-money.md): gifts are
// counted under their donor's email (as a keyed hash), once, in the same transaction as the payment,
// however the webhooks are delivered.
import { donationTotals, eventsOfType } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { payWithCard } from "@/tests/support/stripe-emulator-harness";

test.beforeEach(({ app }) => app.reset());

const CARD = "4242424242424242";

describe("the public donors figure", () => {
  test("counts six gifts from one email as one donor, also when every webhook arrives twice at once", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    // The same address as people type it: case and a +tag do not make another person.
    const emails = [
      "ada@example.org",
      "Ada@Example.org",
      "ada+gift@example.org",
      " ADA@example.ORG",
      "ada@example.org",
      "ada+monthly@EXAMPLE.org",
    ];
    for (const email of emails) {
      const { sessionId } = await startGift();
      const paid = await payWithCard(testbed.emulator, sessionId, CARD, email.trim());
      expect(paid.status).toBe(303);
    }
    const completed = eventsOfType(testbed.emulator, "checkout.session.completed");
    expect(completed).toHaveLength(6);

    const statuses = await Promise.all(
      completed.flatMap((event) => [deliver(event), deliver(event)]),
    );

    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(await db.donationPayment.count()).toBe(6);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 6 * 2500 });
    const identities = await db.donorIdentity.findMany();
    expect(identities).toHaveLength(1);
    expect(identities[0]).toMatchObject({ livemode: false, donations: 6 });
    // Only a keyed hash is kept: no address, nor any part of it.
    expect(identities[0]?.key).toMatch(/^email:[0-9a-f]{64}$/);
  });

  test("counts two people as two, and a person as a donor while any of their gifts is not refunded", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const gifts = [];
    for (const email of ["ada@example.org", "ada@example.org", "grace@example.org"]) {
      const gift = await startGift();
      await payWithCard(testbed.emulator, gift.sessionId, CARD, email);
      gifts.push(gift);
    }
    for (const event of testbed.emulator
      .events()
      .filter((candidate) => candidate.type === "checkout.session.completed")) {
      expect(await deliver(event.json)).toBe(200);
    }
    expect(await donationTotals()).toEqual({ donors: 2, raised: 3 * 2500 });

    const refundAll = async (donationId: string) => {
      const payment = await db.donationPayment.findFirstOrThrow({ where: { donationId } });
      await testbed.stripe.refunds.create({ charge: payment.stripeChargeId });
      const refunded = testbed.emulator
        .events()
        .filter((event) => event.type === "charge.refunded")
        .at(-1);
      expect(await deliver(refunded?.json ?? "")).toBe(200);
      // Redelivered: changes nothing.
      expect(await deliver(refunded?.json ?? "")).toBe(200);
    };
    const [first, second] = gifts;
    if (!first || !second) throw new Error("three gifts were made");
    await refundAll(first.donationId);
    expect((await donationTotals()).donors).toBe(2);
    await refundAll(second.donationId);
    expect((await donationTotals()).donors).toBe(1);
  });

  test("counts a person once when their first two gifts are recorded at the same moment", async ({
    testbed,
    deliver,
    startGift,
    app: { fulfilCheckoutSession },
  }) => {
    const one = await startGift();
    const two = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payWithCard(testbed.emulator, one.sessionId, CARD, "lin@example.org");
    await payWithCard(testbed.emulator, two.sessionId, CARD, "Lin@example.org");
    const events = testbed.emulator
      .events()
      .filter((event) => event.type === "checkout.session.completed")
      .map((event) => event.json);

    await Promise.all([
      ...events.map((event) => deliver(event)),
      fulfilCheckoutSession(one.sessionId),
      fulfilCheckoutSession(two.sessionId),
    ]);

    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 + 1000 });
  });

  test("keeps counting a monthly donor once as the renewals come in", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payWithCard(testbed.emulator, sessionId, CARD, "mo@example.org");
    testbed.emulator.advanceClock({ days: 32 });
    for (const event of testbed.emulator.events()) {
      expect(await deliver(event.json)).toBe(200);
    }
    expect(await db.donationPayment.count()).toBe(2);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2000 });
  });
});
