// The success page's lookup (lib/donations/read-success-outcome.ts) against the emulator: Stripe is
// asked while the outcome can change, never again once the donation is final, never for an id we
// did not issue, and each address has a limited number of looks.
import { payOnHostedPage, type Testbed } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { setEnv } from "@/tests/support/test-env";

setEnv({ DONATION_SUCCESS_RATE_LIMIT_PER_IP: "5" });

test.beforeEach(({ app }) => app.reset());

const retrievals = ({ apiRequests }: Testbed, sessionId: string) =>
  apiRequests.filter((line) => line.startsWith(`GET /v1/checkout/sessions/${sessionId} `)).length;

describe("the donation success page", () => {
  test("asks Stripe while the gift is pending, and answers a paid one from the database", async ({
    app: { readSuccessOutcome },
    testbed,
    startGift,
  }) => {
    const { sessionId } = await startGift();
    const pending = await readSuccessOutcome(sessionId, "b".repeat(64));
    expect(pending.ok && pending.value.status).toBe("PENDING");
    expect(retrievals(testbed, sessionId)).toBe(1);

    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    const paid = await readSuccessOutcome(sessionId, "b".repeat(64));
    expect(paid.ok && paid.value.status).toBe("PAID");
    expect(retrievals(testbed, sessionId)).toBe(2);

    const again = await readSuccessOutcome(sessionId, "b".repeat(64));
    const andAgain = await readSuccessOutcome(sessionId, "c".repeat(64));
    expect(again.ok && again.value.status).toBe("PAID");
    expect(andAgain.ok && andAgain.value.status).toBe("PAID");
    // No second retrieve once it is paid.
    expect(retrievals(testbed, sessionId)).toBe(2);
  });

  test("answers a session id it never issued without calling Stripe", async ({
    app: { readSuccessOutcome },
    testbed,
  }) => {
    const outcome = await readSuccessOutcome(`cs_test_${"x".repeat(40)}`, "d".repeat(64));
    expect(outcome).toEqual({ ok: false, error: { code: "unknownDonation" } });
    expect(testbed.apiRequests).toEqual([]);
  });

  test("limits each address to DONATION_SUCCESS_RATE_LIMIT_PER_IP looks per 10 minutes", async ({
    app: { readSuccessOutcome },
    testbed,
    startGift,
  }) => {
    const { sessionId } = await startGift();
    testbed.apiRequests.length = 0;
    const outcomes = [];
    for (let look = 0; look < 7; look += 1) {
      const outcome = await readSuccessOutcome(sessionId, "e".repeat(64));
      outcomes.push(outcome.ok ? "applied" : outcome.error.code);
    }
    expect(outcomes).toEqual([
      "applied",
      "applied",
      "applied",
      "applied",
      "applied",
      "rateLimited",
      "rateLimited",
    ]);
    expect(retrievals(testbed, sessionId)).toBe(5);
    // Another address is not affected.
    expect((await readSuccessOutcome(sessionId, "f".repeat(64))).ok).toBe(true);
  });
});
