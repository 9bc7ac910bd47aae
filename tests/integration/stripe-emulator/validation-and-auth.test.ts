import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { describe, expect, test } from "@/tests/support/integration-test";
import { donationParams, monthlyParams } from "@/tests/support/stripe-emulator-harness";
import { startStripeEmulator } from "@/tools/stripe-emulator/index";

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(caught instanceof Stripe.errors.StripeError))
    throw new Error(`expected a StripeError, got ${String(caught)}`);
  return caught;
}

function priceData(
  currency: string,
  unitAmount: number,
): Stripe.Checkout.SessionCreateParams.LineItem[] {
  return [
    {
      quantity: 1,
      price_data: { currency, unit_amount: unitAmount, product_data: { name: "Donation" } },
    },
  ];
}

describe("checkout session validation", () => {
  test("rejects an amount below Stripe's minimum charge for the currency", async ({ harness }) => {
    const error = await rejection(
      harness.stripe.checkout.sessions.create(donationParams({ line_items: priceData("usd", 49) })),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.param).toBe("line_items[0][price_data][unit_amount]");
    expect(error.message).toBe(
      "The Checkout Session's total amount due must add up to at least $0.50 usd",
    );

    const gbp = await rejection(
      harness.stripe.checkout.sessions.create(donationParams({ line_items: priceData("gbp", 29) })),
    );
    expect(gbp.message).toContain("£0.30");
    // £0.30 meets GBP's own minimum but, on this USD account, converts to under $0.50, which
    // Stripe also refuses (at the emulator's fixed rate of $1.25 to the pound).
    const converted = await rejection(
      harness.stripe.checkout.sessions.create(donationParams({ line_items: priceData("gbp", 30) })),
    );
    expect(converted).toMatchObject({
      code: "amount_too_small",
      message: "Amount must convert to at least $0.50. £0.30 converts to approximately $0.38.",
    });
    await expect(
      harness.stripe.checkout.sessions.create(donationParams({ line_items: priceData("gbp", 40) })),
    ).resolves.toBeTruthy();
  });

  test("treats JPY as zero-decimal: 50 yen is the minimum and a fraction of a yen is not an integer", async ({
    harness,
  }) => {
    const tooSmall = await rejection(
      harness.stripe.checkout.sessions.create(donationParams({ line_items: priceData("jpy", 49) })),
    );
    expect(tooSmall.message).toContain("¥50");
    const fractional = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({ line_items: priceData("jpy", 500.5) }),
      ),
    );
    expect(fractional).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(fractional.param).toBe("line_items[0][price_data][unit_amount]");
    expect(fractional.message).toBe("Invalid integer: 500.5");
    const ok = await harness.stripe.checkout.sessions.create(
      donationParams({ line_items: priceData("jpy", 500) }),
    );
    expect(ok.amount_total).toBe(500);
  });

  test("rejects negative and over-maximum amounts", async ({ harness }) => {
    const negative = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({ line_items: priceData("usd", -100) }),
      ),
    );
    expect(negative.param).toBe("line_items[0][price_data][unit_amount]");
    const huge = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({ line_items: priceData("usd", 100_000_000) }),
      ),
    );
    expect(huge.param).toBe("line_items[0][price_data][unit_amount]");
    expect(huge.message).toContain("99999999");
  });

  test("rejects an unknown currency", async ({ harness }) => {
    const error = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({ line_items: priceData("xyz", 500) }),
      ),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.param).toBe("line_items[0][price_data][currency]");
    expect(error.message).toMatch(/^Invalid currency: xyz/);
  });

  test("requires success_url, a valid mode, and a recurring price in subscription mode", async ({
    harness,
  }) => {
    const { success_url: _omitted, ...withoutSuccess } = donationParams();
    const missing = await rejection(harness.stripe.checkout.sessions.create(withoutSuccess));
    expect(missing.param).toBe("success_url");
    expect(missing.code).toBe("parameter_missing");

    // The SDK's types forbid a bad mode, so send this one as raw form data.
    const badMode = await fetch(`${harness.emulator.url}/v1/checkout/sessions`, {
      method: "POST",
      headers: {
        authorization: "Bearer sk_test_x",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "mode=donation&success_url=http%3A%2F%2Flocalhost%2Fok&line_items[0][quantity]=1&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=500&line_items[0][price_data][product_data][name]=Gift",
    });
    expect(badMode.status).toBe(400);
    expect(await badMode.json()).toMatchObject({
      error: {
        type: "invalid_request_error",
        param: "mode",
        message: "Invalid mode: must be one of payment, setup, or subscription",
      },
    });

    const noRecurring = await rejection(
      harness.stripe.checkout.sessions.create(
        monthlyParams({ line_items: priceData("usd", 1000) }),
      ),
    );
    expect(noRecurring).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(noRecurring.param).toBe("line_items[0][price_data][recurring]");
  });

  test("rejects parameters it does not know, so typos surface", async ({ harness }) => {
    const error = await rejection(
      harness.stripe.checkout.sessions.create({
        ...donationParams(),
        ...{ sucess_url: "http://x.test" },
      }),
    );
    expect(error.message).toBe("Received unknown parameter: sucess_url");
  });
});

describe("authentication", () => {
  test("answers a key that is not sk_test_ with 401, raised as StripeAuthenticationError", async ({
    harness,
  }) => {
    const badKey = new Stripe("sk_live_nope", {
      ...harness.emulator.stripeOptions,
      maxNetworkRetries: 0,
    });
    const error = await rejection(badKey.checkout.sessions.create(donationParams()));
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error.statusCode).toBe(401);

    const response = await fetch(`${harness.emulator.url}/v1/checkout/sessions`, {
      method: "POST",
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { type: "invalid_request_error" } });
  });
});

describe("idempotency keys", () => {
  test("returns the same session for the same key and parameters, and an idempotency error for different ones", async ({
    harness,
  }) => {
    const { stripe } = harness;
    const first = await stripe.checkout.sessions.create(donationParams(), {
      idempotencyKey: "donation-don_1",
    });
    const again = await stripe.checkout.sessions.create(donationParams(), {
      idempotencyKey: "donation-don_1",
    });
    expect(again.id).toBe(first.id);

    const error = await rejection(
      stripe.checkout.sessions.create(donationParams({ metadata: { donationId: "don_2" } }), {
        idempotencyKey: "donation-don_1",
      }),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error.type).toBe("StripeIdempotencyError");

    const other = await stripe.checkout.sessions.create(donationParams(), {
      idempotencyKey: "donation-don_3",
    });
    expect(other.id).not.toBe(first.id);
  });

  test("does not remember a rejected request, so the key can be used once the request is fixed", async ({
    harness,
  }) => {
    const { stripe } = harness;
    await rejection(
      stripe.checkout.sessions.create(donationParams({ line_items: priceData("usd", 10) }), {
        idempotencyKey: "k",
      }),
    );
    const fixed = await stripe.checkout.sessions.create(donationParams(), { idempotencyKey: "k" });
    expect(fixed.status).toBe("open");
  });
});

describe("persistence", () => {
  test("keeps sessions, payments and the clock across a restart with a state file", async () => {
    const directory = await mkdtemp(join(tmpdir(), "stripe-emulator-"));
    const stateFile = join(directory, "state.json");
    try {
      const first = await startStripeEmulator({ stateFile });
      const stripe = new Stripe("sk_test_x", { ...first.stripeOptions, maxNetworkRetries: 0 });
      const session = await stripe.checkout.sessions.create(donationParams());
      first.advanceClock({ days: 0, seconds: 3600 });
      const later = first.now();
      await first.close();

      const second = await startStripeEmulator({ stateFile });
      try {
        const again = new Stripe("sk_test_x", { ...second.stripeOptions, maxNetworkRetries: 0 });
        expect((await again.checkout.sessions.retrieve(session.id)).status).toBe("open");
        expect(second.now()).toBeGreaterThanOrEqual(later);
      } finally {
        await second.close();
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
