// When the database is unreachable the webhook answers 503, so Stripe retries; the retry after the
// database is back records the payment. The outage is real: the test database stops accepting
// connections and its open connections are cut.
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { donationTotals, payOnHostedPage } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { envValue } from "@/tests/support/test-env";

const admin = new pg.Client({ connectionString: inject("testServerUrl") });
const databaseName = new URL(envValue("DATABASE_URL") ?? "").pathname.slice(1);

async function setConnections(allowed: boolean): Promise<void> {
  const name = admin.escapeIdentifier(databaseName);
  await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS ${allowed ? "true" : "false"}`);
  if (!allowed) {
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [databaseName],
    );
  }
}

// Retries spread over a few seconds, as Stripe's spread over hours.
test.override({ testbedOptions: { deliver: true, retryDelaysMs: [300, 600, 1200, 2400, 4800] } });

beforeAll(async () => {
  await admin.connect();
});

afterAll(async () => {
  await setConnections(true).catch(() => {});
  await admin.end();
});

describe("a delivery while the database is down", () => {
  test("answers 5xx, and the retry once it is back records the payment once", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift();

    await setConnections(false);
    try {
      await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
      // Wait until the completion event has been refused at least once.
      const deadline = Date.now() + 10_000;
      while (!testbed.deliveryStatuses.some((status) => status >= 500)) {
        if (Date.now() > deadline)
          throw new Error("no delivery failed while the database was down");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await setConnections(true);
    }
    await testbed.emulator.waitForDeliveries(20_000);

    const completed = testbed.emulator
      .deliveries()
      .find((delivery) => delivery.eventType === "checkout.session.completed");
    const statuses = completed?.attempts.map((attempt) => attempt.statusCode) ?? [];
    expect(statuses[0]).toBe(503);
    expect(statuses.at(-1)).toBe(200);
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("PAID");
    expect(await donationTotals()).toEqual({ donors: 1, raised: 2500 });
  });
});
