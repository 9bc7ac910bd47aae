// The success page's lookup (lib/donations/read-success-outcome.ts) against the emulator: Stripe is
// asked while the outcome can change, never again once the donation is final, never for an id we
// did not issue, and each address has a limited number of looks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setEnv } from "../../support/test-env";
import {
  checkoutContext,
  donateForm,
  payOnHostedPage,
  startTestbed,
  type Testbed,
} from "./support";

let testbed: Testbed;
let createCheckoutSession: typeof import("@/lib/donations/create-checkout-session").createCheckoutSession;
let readSuccessOutcome: typeof import("@/lib/donations/read-success-outcome").readSuccessOutcome;
let db: typeof import("@/lib/db").db;

beforeAll(async () => {
  setEnv({ DONATION_SUCCESS_RATE_LIMIT_PER_IP: "5" });
  testbed = await startTestbed();
  ({ createCheckoutSession } = await import("@/lib/donations/create-checkout-session"));
  ({ readSuccessOutcome } = await import("@/lib/donations/read-success-outcome"));
  ({ db } = await import("@/lib/db"));
});

afterAll(async () => {
  await testbed.close();
});

beforeEach(async () => {
  testbed.emulator.reset();
  testbed.apiRequests.length = 0;
  await db.$executeRawUnsafe(
    `TRUNCATE "DonationRefund", "DonationPayment", "Donation", "StripeEvent", "CounterShard", "rate_limits"`,
  );
});

async function startGift(): Promise<string> {
  const result = await createCheckoutSession(donateForm(), checkoutContext);
  if (!result.ok) throw new Error(`could not start a gift: ${result.reason}`);
  const donation = await db.donation.findUniqueOrThrow({ where: { id: result.donationId } });
  return donation.stripeCheckoutSessionId ?? "";
}

const retrievals = (sessionId: string) =>
  testbed.apiRequests.filter((line) => line.startsWith(`GET /v1/checkout/sessions/${sessionId} `))
    .length;

describe("the donation success page", () => {
  it("asks Stripe while the gift is pending, and answers a paid one from the database", async () => {
    const sessionId = await startGift();
    const pending = await readSuccessOutcome(sessionId, "b".repeat(64));
    expect(pending.kind === "applied" && pending.donation.status).toBe("PENDING");
    expect(retrievals(sessionId)).toBe(1);

    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    const paid = await readSuccessOutcome(sessionId, "b".repeat(64));
    expect(paid.kind === "applied" && paid.donation.status).toBe("PAID");
    expect(retrievals(sessionId)).toBe(2);

    const again = await readSuccessOutcome(sessionId, "b".repeat(64));
    const andAgain = await readSuccessOutcome(sessionId, "c".repeat(64));
    expect(again.kind === "applied" && again.donation.status).toBe("PAID");
    expect(andAgain.kind === "applied" && andAgain.donation.status).toBe("PAID");
    // No second retrieve once it is paid.
    expect(retrievals(sessionId)).toBe(2);
  });

  it("answers a session id it never issued without calling Stripe", async () => {
    const outcome = await readSuccessOutcome(`cs_test_${"x".repeat(40)}`, "d".repeat(64));
    expect(outcome).toEqual({ kind: "unknown-donation" });
    expect(testbed.apiRequests).toEqual([]);
  });

  it("limits each address to DONATION_SUCCESS_RATE_LIMIT_PER_IP looks per 10 minutes", async () => {
    const sessionId = await startGift();
    testbed.apiRequests.length = 0;
    const outcomes = [];
    for (let look = 0; look < 7; look += 1) {
      outcomes.push((await readSuccessOutcome(sessionId, "e".repeat(64))).kind);
    }
    expect(outcomes).toEqual([
      "applied",
      "applied",
      "applied",
      "applied",
      "applied",
      "rate-limited",
      "rate-limited",
    ]);
    expect(retrievals(sessionId)).toBe(5);
    // Another address is not affected.
    expect((await readSuccessOutcome(sessionId, "f".repeat(64))).kind).toBe("applied");
  });
});
