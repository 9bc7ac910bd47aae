// Stripe Checkout in the donor's language: the five UN languages Checkout speaks are passed as they
// are, Arabic (which it does not) as "auto"; the return pages keep the language; and the emulator,
// like Stripe, refuses a locale Checkout does not list.
import Stripe from "stripe";
import { checkoutContext, donateForm } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { donationParams } from "@/tests/support/stripe-emulator-harness";

describe("the Checkout Session's language", () => {
  test.for([
    ["ar", "auto"],
    ["zh", "zh"],
    ["en", "en"],
    ["fr", "fr"],
    ["ru", "ru"],
    ["es", "es"],
  ] as const)(
    "a donor reading %s gets Checkout in %s and comes back to their language",
    async ([locale, expected], { app: { createCheckoutSession, db }, testbed }) => {
      const result = await createCheckoutSession(donateForm({}), {
        ...checkoutContext,
        locale,
        ipHash: `locale-${locale}`,
      });
      if (!result.ok) throw new Error(`expected a session, got ${result.error.code}`);
      const donation = await db.donation.findUniqueOrThrow({
        where: { id: result.value.donationId },
      });
      expect(donation.locale).toBe(locale);
      const session = await testbed.stripe.checkout.sessions.retrieve(
        donation.stripeCheckoutSessionId ?? "",
      );
      expect(session.locale).toBe(expected);
      expect(new URL(session.success_url ?? "").pathname).toBe(`/${locale}/donate/success`);
      expect(new URL(session.cancel_url ?? "").pathname).toBe(`/${locale}/donate/cancelled`);
    },
  );

  test("the emulator refuses a locale Checkout does not offer, as Stripe does", async ({
    harness,
  }) => {
    const caught = await harness.stripe.checkout.sessions
      .create(donationParams({ locale: "ar" }))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(caught).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const error = caught as Stripe.errors.StripeInvalidRequestError;
    expect(error.param).toBe("locale");
    expect(error.message).toMatch(/^Invalid locale: must be one of auto, bg, /);
    await expect(
      harness.stripe.checkout.sessions.create(donationParams({ locale: "zh" })),
    ).resolves.toMatchObject({ locale: "zh" });
  });
});
