// Test money is never shown as real (docs/decisions/027-donors-and-test-money.md): payments record
// Stripe's livemode, each mode has its own counters, the public figures are those of the mode the
// site runs in, and staff see test money apart. The emulator stands in for a live account with
// setLivemode(true); the app is started again "on live keys" by re-importing its modules with a
// live key in the environment (lib/env.ts reads it once).
import { vi } from "vitest";
import { donationTotals, eventsOfType } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { payWithCard } from "@/tests/support/stripe-emulator-harness";
import { envValue, setEnv } from "@/tests/support/test-env";

test.beforeEach(({ app }) => app.reset());

const CARD = "4242424242424242";

/** The public figures and the dashboard as an app started with these settings would read them. */
async function figuresWith(settings: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(settings).map((name) => [name, envValue(name)]));
  setEnv(settings);
  vi.resetModules();
  try {
    const [{ readPublicStats }, { getDashboardStats }] = await Promise.all([
      import("@/lib/stats/read-public-stats"),
      import("@/lib/admin/get-dashboard-stats"),
    ]);
    return { public: await readPublicStats(), dashboard: await getDashboardStats() };
  } finally {
    setEnv(saved);
    vi.resetModules();
  }
}

const LIVE_KEYS = { STRIPE_SECRET_KEY: "sk_live_blue_heart_tests", STRIPE_EMULATOR: undefined };
const EMULATOR = {};

describe("real and test money", () => {
  test("are counted apart, and the site on live keys shows only real money, in both directions", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const pay = async (email: string, form: Record<string, string> = {}) => {
      const gift = await startGift(form);
      await payWithCard(testbed.emulator, gift.sessionId, CARD, email);
      const completed = eventsOfType(testbed.emulator, "checkout.session.completed").at(-1) ?? "";
      expect(await deliver(completed)).toBe(200);
      // Redelivered: counted once.
      expect(await deliver(completed)).toBe(200);
      return db.donation.findUniqueOrThrow({
        where: { id: gift.donationId },
        include: { payments: true },
      });
    };

    // The emulator's money: test money, as a Stripe test account's.
    const test1 = await pay("ada@example.org");
    expect(test1.livemode).toBe(false);
    expect(test1.payments.map((payment) => payment.livemode)).toEqual([false]);

    // A live account's: real money, and the same email is a donor of each mode apart.
    testbed.emulator.setLivemode(true);
    const live1 = await pay("ada@example.org", { preset: "usd:5000" });
    const live2 = await pay("grace@example.org", { preset: "usd:5000" });
    testbed.emulator.setLivemode(false);
    expect([live1.livemode, live2.livemode]).toEqual([true, true]);
    expect(live1.payments.map((payment) => payment.livemode)).toEqual([true]);
    expect(await donationTotals(false)).toEqual({ donors: 1, raised: 2500 });
    expect(await donationTotals(true)).toEqual({ donors: 2, raised: 10000 });

    // npm start with live keys on this database: the public sees real money only, staff see the
    // test money apart.
    const onLive = await figuresWith(LIVE_KEYS);
    expect(onLive.public).toMatchObject({ donors: 2, raised: { USD: 10000 } });
    expect(onLive.dashboard.donors).toBe(2);
    expect(onLive.dashboard.byCurrency).toEqual([{ currency: "USD", gross: 10000, refunded: 0 }]);
    expect(onLive.dashboard.test.donors).toBe(1);
    expect(onLive.dashboard.test.byCurrency).toEqual([
      { currency: "USD", gross: 2500, refunded: 0 },
    ]);

    // Back on the emulator (test mode): its own figures, none of the real ones.
    const onTest = await figuresWith(EMULATOR);
    expect(onTest.public).toMatchObject({ donors: 1, raised: { USD: 2500 } });
    // Staff still see real money as real.
    expect(onTest.dashboard.byCurrency).toEqual([{ currency: "USD", gross: 10000, refunded: 0 }]);

    // And test money keeps coming in without touching the real figures.
    await pay("Ada@example.org");
    expect(await donationTotals(false)).toEqual({ donors: 1, raised: 5000 });
    expect(await donationTotals(true)).toEqual({ donors: 2, raised: 10000 });
    expect((await figuresWith(LIVE_KEYS)).public).toMatchObject({
      donors: 2,
      raised: { USD: 10000 },
    });
  });

  test("moves a gift counted as test money to the real figures once Stripe says it is live", async ({
    app: { db, fulfilCheckoutSession },
    testbed,
    deliver,
    startGift,
  }) => {
    // As a payment recorded before the mode was kept: counted with the test money.
    const gift = await startGift();
    await payWithCard(testbed.emulator, gift.sessionId, CARD, "ada@example.org");
    expect(
      await deliver(eventsOfType(testbed.emulator, "checkout.session.completed")[0] ?? ""),
    ).toBe(200);
    expect(await donationTotals(false)).toEqual({ donors: 1, raised: 2500 });

    // Stripe's word on it is live (the sweep re-reads such donations on live keys).
    testbed.emulator.setLivemode(true);
    expect((await fulfilCheckoutSession(gift.sessionId)).ok).toBe(true);
    expect((await fulfilCheckoutSession(gift.sessionId)).ok).toBe(true);
    testbed.emulator.setLivemode(false);

    expect(await donationTotals(false)).toEqual({ donors: 0, raised: 0 });
    expect(await donationTotals(true)).toEqual({ donors: 1, raised: 2500 });
    const donation = await db.donation.findUniqueOrThrow({
      where: { id: gift.donationId },
      include: { payments: true, donorIdentity: true },
    });
    expect(donation.livemode).toBe(true);
    expect(donation.payments[0]?.livemode).toBe(true);
    expect(donation.donorIdentity?.livemode).toBe(true);
  });
});
