// A recorded payment reaches the open pages' live counter: the webhook's change notifies every
// instance (lib/stats/announce-stats-changed.ts), and their hubs send the new donors and raised.
import { onlyEvent, payOnHostedPage } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

describe("the live counter", () => {
  test("shows a gift once the webhook records its payment", async ({
    app,
    testbed,
    deliver,
    startGift,
    onTestFinished,
  }) => {
    // The app's modules, imported after the testbed configured the environment.
    const [{ env }, { publishableStats }, { readPublicStats }, { createStatsHub }] =
      await Promise.all([
        import("@/lib/env"),
        import("@/lib/stats/publishable-stats"),
        import("@/lib/stats/read-public-stats"),
        import("@/lib/stats/stats-hub"),
      ]);
    await app.reset();
    const hub = createStatsHub({
      connectionString: env.DATABASE_URL,
      readStats: async () =>
        publishableStats(await readPublicStats(), env.PUBLIC_COUNTRY_MIN_PLEDGES),
      maxListeners: 10,
    });
    onTestFinished(() => hub.close());
    const received: Array<{ donors: number; raised: Record<string, number> }> = [];
    hub.subscribe((stats) => received.push(stats));
    await expect.poll(() => hub.listening, { timeout: 20_000 }).toBe(true);
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(received.at(-1)).toMatchObject({ donors: 0, raised: {} });

    const { sessionId } = await startGift();
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);

    await expect.poll(() => received.at(-1)?.donors, { timeout: 20_000 }).toBe(1);
    expect(received.at(-1)?.raised).toEqual({ USD: 2500 });
  });
});
