// Monthly gifts: the emulator delivers its own webhooks to the route (with retries), the clock moves
// a month at a time, and each paid invoice becomes its own payment of one donor.
import { donationTotals, payOnHostedPage } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

// Duplicates and a shuffled order on top, as Stripe may deliver.
test.override({
  testbedOptions: { deliver: true, duplicateDeliveries: 2, deliveryOrder: "shuffle" },
});

describe("a monthly gift", () => {
  test("records three monthly payments of one donor and ends when the subscription is deleted", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    testbed.emulator.advanceClock({ days: 32 });
    testbed.emulator.advanceClock({ days: 31 });
    await testbed.emulator.waitForDeliveries(20_000);

    const paidInvoices = testbed.emulator.events().filter((event) => event.type === "invoice.paid");
    expect(paidInvoices).toHaveLength(3);
    const donation = await db.donation.findUniqueOrThrow({
      where: { id: donationId },
      include: { payments: true },
    });
    expect(donation.status).toBe("PAID");
    expect(donation.stripeSubscriptionId).toMatch(/^sub_/);
    expect(donation.payments).toHaveLength(3);
    expect(new Set(donation.payments.map((payment) => payment.stripeInvoiceId)).size).toBe(3);
    expect(donation.payments.every((payment) => payment.amount === 1000)).toBe(true);
    expect(await donationTotals()).toEqual({ donors: 1, raised: 3000 });
    expect(testbed.deliveryStatuses.every((status) => status === 200)).toBe(true);

    await testbed.stripe.subscriptions.cancel(donation.stripeSubscriptionId ?? "");
    await testbed.emulator.waitForDeliveries(20_000);
    const ended = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(ended.endedAt).not.toBeNull();
    expect(await donationTotals()).toEqual({ donors: 1, raised: 3000 });
  });
});
