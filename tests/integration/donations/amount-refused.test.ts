// When Stripe refuses an amount the form let through (here: the deployment says its account settles
// in yen, the account settles in dollars, and ¥50 is under $0.50), the donor reads why and no
// pending Donation is left behind. The emulator refuses it as Stripe does.
import Stripe from "stripe";
import { checkoutContext, donateForm } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { setEnv } from "@/tests/support/test-env";

setEnv({ SETTLEMENT_CURRENCY: "jpy" });
test.override({ testbedOptions: { settlementCurrency: "usd" } });
test.beforeEach(({ app }) => app.reset());

describe("an amount Stripe refuses", () => {
  test("the emulator refuses ¥50 on a dollar account with Stripe's code and message", async ({
    testbed,
  }) => {
    const error = await testbed.stripe.checkout.sessions
      .create({
        mode: "payment",
        success_url: "http://localhost:3100/en/donate/success",
        line_items: [
          {
            quantity: 1,
            price_data: { currency: "jpy", unit_amount: 50, product_data: { name: "Gift" } },
          },
        ],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({
      code: "amount_too_small",
      param: "line_items[0][price_data][unit_amount]",
      message: "Amount must convert to at least $0.50. ¥50 converts to approximately $0.35.",
    });
  });

  test("the donor is told the amount was refused, and no pending donation is kept", async ({
    app: { createCheckoutSession, db },
    testbed,
  }) => {
    const result = await createCheckoutSession(
      donateForm({ currency: "jpy", preset: "custom", customAmount: "50" }),
      checkoutContext,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: "invalid", fieldErrors: { amount: { code: "amountRefused" } } },
    });
    expect(
      testbed.apiRequests.some((line) => /^POST \/v1\/checkout\/sessions 400/.test(line)),
    ).toBe(true);
    expect(await db.donation.count()).toBe(0);
  });

  test("a larger yen gift on the same account opens its session and keeps its row", async ({
    app: { createCheckoutSession, db },
  }) => {
    const result = await createCheckoutSession(
      donateForm({ currency: "jpy", preset: "custom", customAmount: "500" }),
      checkoutContext,
    );
    expect(result.ok).toBe(true);
    expect(await db.donation.count()).toBe(1);
  });
});
