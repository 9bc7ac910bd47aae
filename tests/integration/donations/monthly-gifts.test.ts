// Monthly gifts: the emulator delivers its own webhooks to the route (with retries), the clock moves
// a month at a time, and each paid invoice becomes its own payment of one donor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkoutContext,
  donateForm,
  donationTotals,
  payOnHostedPage,
  startTestbed,
  type Testbed,
} from "./support";

let testbed: Testbed;
let createCheckoutSession: typeof import("@/lib/donations/create-checkout-session").createCheckoutSession;
let db: typeof import("@/lib/db").db;

beforeAll(async () => {
  // Duplicates and a shuffled order on top, as Stripe may deliver.
  testbed = await startTestbed({ deliver: true, duplicateDeliveries: 2, deliveryOrder: "shuffle" });
  ({ createCheckoutSession } = await import("@/lib/donations/create-checkout-session"));
  ({ db } = await import("@/lib/db"));
});

afterAll(async () => {
  await testbed.close();
});

describe("a monthly gift", () => {
  it("records three monthly payments of one donor and ends when the subscription is deleted", async () => {
    const started = await createCheckoutSession(
      donateForm({ frequency: "monthly", preset: "usd:1000" }),
      checkoutContext,
    );
    if (!started.ok) throw new Error(started.reason);
    const donationId = started.donationId;
    const { stripeCheckoutSessionId } = await db.donation.findUniqueOrThrow({
      where: { id: donationId },
    });
    await payOnHostedPage(testbed.emulator, stripeCheckoutSessionId ?? "", {
      card: "4242424242424242",
    });
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
