// Every Checkout Session says what a donation needs instead of leaving it to account defaults
// (docs/decisions/026-checkout-settings.md), read back from the emulator through the real SDK:
// submit_type donate for one-time gifts, the configured payment method configuration, Adaptive
// Pricing off unless set, Managed Payments off, the donor's language.
import { checkoutContext, donateForm } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { setEnv } from "@/tests/support/test-env";

setEnv({ STRIPE_PAYMENT_METHOD_CONFIGURATION: "pmc_1BlueHeartDonations" });
// The account has Adaptive Pricing on in its Dashboard: the session's own setting must win.
test.override({ testbedOptions: { adaptivePricingDashboard: true } });
test.beforeEach(({ app }) => app.reset());

describe("the Checkout Session's settings", () => {
  test.for([
    ["a one-time gift", "once", "payment", "donate"],
    // Stripe refuses `donate` in subscription mode: a monthly gift leaves it unset ("auto").
    ["a monthly gift", "monthly", "subscription", null],
  ] as const)(
    "%s sets each setting explicitly",
    async ([, frequency, mode, submitType], { app: { createCheckoutSession, db }, testbed }) => {
      const result = await createCheckoutSession(donateForm({ frequency }), {
        ...checkoutContext,
        locale: "fr",
      });
      if (!result.ok) throw new Error(`expected a session, got ${result.error.code}`);
      const donation = await db.donation.findUniqueOrThrow({
        where: { id: result.value.donationId },
      });
      const session = await testbed.stripe.checkout.sessions.retrieve(
        donation.stripeCheckoutSessionId ?? "",
      );
      expect(session).toMatchObject({
        mode,
        submit_type: submitType,
        locale: "fr",
        adaptive_pricing: { enabled: false },
        managed_payments: { enabled: false },
        payment_method_configuration_details: { id: "pmc_1BlueHeartDonations" },
      });
      const sent = testbed.apiRequests.filter((line) =>
        line.startsWith("POST /v1/checkout/sessions"),
      );
      expect(sent).toHaveLength(1);
    },
  );

  test("the emulator, like Stripe, refuses a payment method configuration that does not exist", async ({
    testbed,
  }) => {
    const error = await testbed.stripe.checkout.sessions
      .create({
        mode: "payment",
        success_url: "http://localhost:3100/en/donate/success",
        payment_method_configuration: "not_a_configuration",
        line_items: [
          {
            quantity: 1,
            price_data: { currency: "usd", unit_amount: 2500, product_data: { name: "Gift" } },
          },
        ],
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: "resource_missing",
      param: "payment_method_configuration",
    });
  });
});
