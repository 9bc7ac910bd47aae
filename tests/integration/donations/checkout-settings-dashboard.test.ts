// With no payment method configuration set, the session names none (the account's default, managed
// in the Dashboard); STRIPE_ADAPTIVE_PRICING=true turns Adaptive Pricing on for every session.
import { checkoutContext, donateForm } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { setEnv } from "@/tests/support/test-env";

setEnv({ STRIPE_PAYMENT_METHOD_CONFIGURATION: undefined, STRIPE_ADAPTIVE_PRICING: "true" });

describe("the Checkout Session's settings left to the Dashboard", () => {
  test("names no payment method configuration and turns Adaptive Pricing on when set", async ({
    app: { createCheckoutSession, db },
    testbed,
  }) => {
    const result = await createCheckoutSession(donateForm(), checkoutContext);
    if (!result.ok) throw new Error(`expected a session, got ${result.error.code}`);
    const donation = await db.donation.findUniqueOrThrow({
      where: { id: result.value.donationId },
    });
    const session = await testbed.stripe.checkout.sessions.retrieve(
      donation.stripeCheckoutSessionId ?? "",
    );
    expect(session).toMatchObject({
      adaptive_pricing: { enabled: true },
      managed_payments: { enabled: false },
      payment_method_configuration_details: null,
    });
  });
});
