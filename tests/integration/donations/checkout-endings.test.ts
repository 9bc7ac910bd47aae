// Checkouts that end without money end as such (EXPIRED, FAILED, CANCELLED: prisma/schema.prisma)
// instead of staying Pending: through checkout.session.expired and customer.subscription.deleted,
// and through the hourly sweep when no event reached the app (docs/decisions/027).
import {
  donationTotals,
  eventsOfType,
  onlyEvent,
  payOnHostedPage,
} from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

test.beforeEach(({ app }) => app.reset());

/** The sweep, imported once the testbed has pointed the app at the emulator (lib/env.ts reads once). */
async function sweepStaleCheckouts(now: Date) {
  const sweep = await import("@/lib/donations/sweep-stale-checkouts");
  return sweep.sweepStaleCheckouts(now);
}

/** A moment `hours` after the emulator's clock, as the app's own clock would read it then. */
function hoursAfterEmulator(emulator: { now(): number }, hours: number): Date {
  return new Date((emulator.now() + hours * 3600) * 1000);
}

describe("checkout.session.expired", () => {
  test("ends an untried checkout as EXPIRED, once however often it is delivered", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    await testbed.stripe.checkout.sessions.expire(sessionId);
    const expired = onlyEvent(testbed.emulator, "checkout.session.expired");

    expect(await Promise.all([deliver(expired), deliver(expired), deliver(expired)])).toEqual([
      200, 200, 200,
    ]);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("EXPIRED");
    expect(await db.stripeEvent.count()).toBe(1);
    expect(await donationTotals()).toEqual({ donors: 0, raised: 0 });
  });

  test("ends a checkout whose card was declined, then left, as FAILED", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    // Stripe's test card that is always declined; the session stays open on the page.
    const page = await payOnHostedPage(testbed.emulator, sessionId, { card: "4000000000000002" });
    expect(page.html).toContain("declined");
    expect((await db.donation.findUniqueOrThrow({ where: { id: donationId } })).status).toBe(
      "PENDING",
    );

    testbed.emulator.advanceClock({ seconds: 24 * 3600 + 1 });
    // Stripe expires a session past expires_at on its own: the next request finds it expired.
    const session = await testbed.stripe.checkout.sessions.retrieve(sessionId);
    expect(session.status).toBe("expired");
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.expired"))).toBe(200);

    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("FAILED");
    expect(await db.donationPayment.count()).toBe(0);
  });

  test("changes nothing for a paid gift", async ({ app: { db }, testbed, deliver, startGift }) => {
    const { donationId, sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    // Only an open session can be expired: Stripe refuses, and the gift stays paid.
    await expect(testbed.stripe.checkout.sessions.expire(sessionId)).rejects.toThrow(
      /status of complete/,
    );
    expect(eventsOfType(testbed.emulator, "checkout.session.expired")).toHaveLength(0);
    expect((await db.donation.findUniqueOrThrow({ where: { id: donationId } })).status).toBe(
      "PAID",
    );
  });
});

describe("customer.subscription.deleted before the first payment", () => {
  test("ends a monthly gift whose first bank debit was still on its way as CANCELLED", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({
      frequency: "monthly",
      currency: "eur",
      preset: "eur:1000",
    });
    // Stripe's SEPA test IBAN that succeeds after a delay: the first debit is processing.
    await payOnHostedPage(testbed.emulator, sessionId, { iban: "AT611904300234573201" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const processing = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(processing.status).toBe("PROCESSING");

    await testbed.stripe.subscriptions.cancel(processing.stripeSubscriptionId ?? "");
    const deleted = onlyEvent(testbed.emulator, "customer.subscription.deleted");
    expect(await deliver(deleted)).toBe(200);
    expect(await deliver(deleted)).toBe(200);

    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("CANCELLED");
    expect(donation.endedAt).not.toBeNull();
    expect(await donationTotals()).toEqual({ donors: 0, raised: 0 });
  });

  test("leaves a monthly gift that was paid PAID when it is cancelled later", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    const paid = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    await testbed.stripe.subscriptions.cancel(paid.stripeSubscriptionId ?? "");
    expect(await deliver(onlyEvent(testbed.emulator, "customer.subscription.deleted"))).toBe(200);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("PAID");
    expect(donation.endedAt).not.toBeNull();
  });
});

describe("the sweep of stale checkouts", () => {
  test("expires a session still open past its expiry and ends the gift EXPIRED", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();
    const other = await startGift();

    // An hour and a little past Stripe's 24 hours, by the app's clock; the emulator has not
    // expired the session yet (its clock has not moved), as can happen on Stripe for a while.
    const result = await sweepStaleCheckouts(hoursAfterEmulator(testbed.emulator, 25.1));

    expect(result).toMatchObject({ converged: 2, expired: 2, failed: 0 });
    expect(testbed.apiRequests.some((line) => line.includes(`${sessionId}/expire 200`))).toBe(true);
    expect((await testbed.stripe.checkout.sessions.retrieve(sessionId)).status).toBe("expired");
    expect((await db.donation.findUniqueOrThrow({ where: { id: donationId } })).status).toBe(
      "EXPIRED",
    );
    expect((await db.donation.findUniqueOrThrow({ where: { id: other.donationId } })).status).toBe(
      "EXPIRED",
    );
  });

  test("leaves checkouts younger than Stripe's expiry alone", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const { donationId } = await startGift();
    const result = await sweepStaleCheckouts(hoursAfterEmulator(testbed.emulator, 23));
    expect(result).toMatchObject({ converged: 0, expired: 0, ended: 0 });
    expect(testbed.apiRequests.filter((line) => line.includes("/expire"))).toEqual([]);
    expect((await db.donation.findUniqueOrThrow({ where: { id: donationId } })).status).toBe(
      "PENDING",
    );
  });

  test("records a payment whose webhook never arrived, and ends what Stripe expired unseen", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const paid = await startGift();
    const left = await startGift();
    await payOnHostedPage(testbed.emulator, paid.sessionId, { card: "4242424242424242" });
    // No event is delivered. A day passes on Stripe's side: the unpaid session expires there.
    testbed.emulator.advanceClock({ seconds: 25 * 3600 });
    const requestsBefore = testbed.apiRequests.length;

    const result = await sweepStaleCheckouts(hoursAfterEmulator(testbed.emulator, 1.5));

    expect(result).toMatchObject({ converged: 2, expired: 0, failed: 0 });
    // Stripe had expired it: the sweep only read it.
    expect(
      testbed.apiRequests.slice(requestsBefore).filter((line) => line.includes("/expire")),
    ).toEqual([]);
    expect((await db.donation.findUniqueOrThrow({ where: { id: paid.donationId } })).status).toBe(
      "PAID",
    );
    expect((await db.donation.findUniqueOrThrow({ where: { id: left.donationId } })).status).toBe(
      "EXPIRED",
    );
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });

    // Running again (another instance, the next hour) changes nothing.
    expect(await sweepStaleCheckouts(hoursAfterEmulator(testbed.emulator, 2))).toMatchObject({
      converged: 0,
      ended: 0,
    });
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
  });

  test("ends a stale gift whose session Stripe does not know, or that never had one", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const unknown = await startGift();
    const noSession = await db.donation.create({
      data: { frequency: "ONE_TIME", amount: 2500, currency: "usd" },
    });
    // The emulator forgets its objects, as a database would hold sessions of another account.
    testbed.emulator.reset();

    const result = await sweepStaleCheckouts(hoursAfterEmulator(testbed.emulator, 26));

    expect(result).toMatchObject({ ended: 2, failed: 0 });
    for (const id of [unknown.donationId, noSession.id]) {
      expect((await db.donation.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
    }
  });
});
