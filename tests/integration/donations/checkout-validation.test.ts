// Creating a Checkout Session: bad amounts never reach Stripe; good ones open the session the
// issue describes; card testers meet the rate limit, not a 500.
import { checkoutContext, donateForm } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { setEnv } from "@/tests/support/test-env";

setEnv({ DONATION_RATE_LIMIT_PER_IP: "4", DONATION_MAX: "usd=10000" });

describe("creating a checkout session", () => {
  test.for([
    ["below Stripe's minimum", { preset: "custom", customAmount: "0.49" }, "amountTooSmall"],
    [
      "over the configured maximum",
      { preset: "custom", customAmount: "10000.01" },
      "amountTooLarge",
    ],
    [
      "a fraction of a yen",
      { currency: "jpy", preset: "custom", customAmount: "500.5" },
      "amountFractional",
    ],
    [
      "an unknown currency",
      { currency: "xts", preset: "custom", customAmount: "5" },
      "currencyUnknown",
    ],
  ] as const)(
    "rejects an amount %s without calling Stripe or writing a row",
    async ([, form, code], { app: { createCheckoutSession, db }, testbed }) => {
      const result = await createCheckoutSession(donateForm(form), {
        ...checkoutContext,
        ipHash: `invalid-${code}`,
      });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe("invalid");
      const errors = !result.ok && result.error.code === "invalid" ? result.error.fieldErrors : {};
      expect(Object.values(errors).map((error) => error?.code)).toContain(code);
      expect(testbed.apiRequests).toEqual([]);
      expect(await db.donation.count()).toBe(0);
    },
  );

  test("opens a one-time session to donate with the row's id in metadata and the amount in minor units", async ({
    app: { createCheckoutSession, db },
    testbed,
  }) => {
    const result = await createCheckoutSession(
      donateForm({ currency: "jpy", preset: "custom", customAmount: "500" }),
      { ...checkoutContext, ipHash: "one-time" },
    );
    if (!result.ok) throw new Error(`expected a session, got ${result.error.code}`);
    const donation = await db.donation.findUniqueOrThrow({
      where: { id: result.value.donationId },
    });
    expect(donation).toMatchObject({ amount: 500, currency: "jpy", status: "PENDING" });
    const sessionId = donation.stripeCheckoutSessionId ?? "";
    const session = await testbed.stripe.checkout.sessions.retrieve(sessionId);
    expect(session).toMatchObject({
      mode: "payment",
      submit_type: "donate",
      amount_total: 500,
      currency: "jpy",
      metadata: { donationId: donation.id },
      client_reference_id: donation.id,
    });
    expect(session.success_url).toBe(
      "http://localhost:3100/en/donate/success?session_id={CHECKOUT_SESSION_ID}",
    );
    expect(session.cancel_url).toBe(
      `http://localhost:3100/en/donate/cancelled?donation=${donation.id}`,
    );
    expect(result.value.url).toBe(session.url);
    // The request log does see Stripe calls, so the empty log above means "no call".
    expect(testbed.apiRequests.some((line) => line.startsWith("POST /v1/checkout/sessions"))).toBe(
      true,
    );
  });

  test("opens a monthly gift as a subscription with a monthly price", async ({
    app: { createCheckoutSession, db },
    testbed,
  }) => {
    const result = await createCheckoutSession(donateForm({ frequency: "monthly" }), {
      ...checkoutContext,
      ipHash: "monthly",
    });
    if (!result.ok) throw new Error(`expected a session, got ${result.error.code}`);
    const donation = await db.donation.findUniqueOrThrow({
      where: { id: result.value.donationId },
    });
    expect(donation.frequency).toBe("MONTHLY");
    const session = await testbed.stripe.checkout.sessions.retrieve(
      donation.stripeCheckoutSessionId ?? "",
      { expand: ["line_items"] },
    );
    expect(session.mode).toBe("subscription");
    expect(session.line_items?.data[0]?.price?.recurring?.interval).toBe("month");
  });

  test("stops one address after the limit with a retry time, and writes nothing more", async ({
    app: { createCheckoutSession, db },
    testbed,
  }) => {
    const context = { ...checkoutContext, ipHash: "card-tester" };
    for (let attempt = 0; attempt < 4; attempt++) {
      expect((await createCheckoutSession(donateForm(), context)).ok).toBe(true);
    }
    const before = await db.donation.count();
    const requestsBefore = testbed.apiRequests.length;
    const blocked = await createCheckoutSession(donateForm(), context);
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.error.code).toBe("rateLimited");
    expect(
      !blocked.ok && blocked.error.code === "rateLimited" && blocked.error.retryAfterSeconds,
    ).toBeGreaterThan(0);
    expect(await db.donation.count()).toBe(before);
    expect(testbed.apiRequests.length).toBe(requestsBefore);
  });
});
