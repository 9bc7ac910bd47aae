import Stripe from "stripe";
import { describe, expect, test } from "@/tests/support/integration-test";
import {
  donationParams,
  monthlyParams,
  payWithCard,
} from "@/tests/support/stripe-emulator-harness";
import { API_ROUTES } from "@/tools/stripe-emulator/http/api-routes";
import { hasParamSchema } from "@/tools/stripe-emulator/params/check-params";
import { generateStripeParams } from "@/tools/stripe-emulator/params/generate-stripe-params";
import {
  STRIPE_EXPAND_DEFS,
  STRIPE_EXPAND_ROOTS,
  STRIPE_PARAM_DEFS,
  STRIPE_PARAM_ROOTS,
} from "@/tools/stripe-emulator/params/stripe-params.generated";

/*
 * The emulator refuses what Stripe refuses, with Stripe's error, so a typo in the app fails a
 * test instead of a live payment. Every request goes through the real SDK.
 */

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(caught instanceof Stripe.errors.StripeError))
    throw new Error(`expected a StripeError, got ${String(caught)}`);
  return caught;
}

/** Parameters the SDK's types would refuse to compile, sent as the SDK sends any others. */
function untyped<T>(params: T, extra: Record<string, unknown>): T {
  return { ...params, ...extra };
}

describe("unknown parameters", () => {
  test("a nested unknown parameter gets Stripe's parameter_unknown error, naming it in full", async ({
    harness,
  }) => {
    const error = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({
          payment_intent_data: untyped({ description: "Gift" }, { bogus: "1" }),
        }),
      ),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.statusCode).toBe(400);
    expect(error.raw).toMatchObject({
      type: "invalid_request_error",
      code: "parameter_unknown",
      param: "payment_intent_data[bogus]",
      message: "Received unknown parameter: payment_intent_data[bogus]",
      doc_url: "https://stripe.com/docs/error-codes/parameter-unknown",
    });

    const deeper = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({
          line_items: [
            {
              quantity: 1,
              price_data: untyped(
                { currency: "usd", unit_amount: 500, product_data: { name: "Gift" } },
                { colour: "blue" },
              ),
            },
          ],
        }),
      ),
    );
    expect(deeper.param).toBe("line_items[0][price_data][colour]");
    expect(deeper.code).toBe("parameter_unknown");
    // Nothing was created by the refused requests.
    expect((await harness.stripe.checkout.sessions.list()).data).toHaveLength(0);
  });

  test("payment_method_types is unknown on Checkout at the pinned API version (allowed_payment_method_types replaced it)", async ({
    harness,
  }) => {
    const error = await rejection(
      harness.stripe.checkout.sessions.create(
        untyped(donationParams(), { payment_method_types: ["card"] }),
      ),
    );
    expect(error.code).toBe("parameter_unknown");
    expect(error.param).toBe("payment_method_types");
    const allowed = await harness.stripe.checkout.sessions.create(
      donationParams({ allowed_payment_method_types: ["card"] }),
    );
    expect(allowed.status).toBe("open");
  });

  test("every route the emulator serves knows its parameters and refuses an unknown one", async ({
    harness,
  }) => {
    for (const route of API_ROUTES) {
      expect(hasParamSchema(route.pattern), `${route.pattern} has a parameter schema`).toBe(true);
      const path = route.pattern.split(" ")[1]?.replace(":id", "xx_doesnotexist") ?? "";
      // The SDK's raw requests take parameters on POST only; the others carry them in the path.
      const error = await rejection(
        route.method === "POST"
          ? harness.stripe.rawRequest(route.method, path, { bogus_parameter: "1" })
          : harness.stripe.rawRequest(route.method, `${path}?bogus_parameter=1`),
      );
      expect({ route: route.pattern, code: error.code, param: error.param }, route.pattern).toEqual(
        { route: route.pattern, code: "parameter_unknown", param: "bogus_parameter" },
      );
    }
  });

  test("the parameter trees are those of the installed stripe package (regenerate after an upgrade)", () => {
    const fresh = generateStripeParams();
    expect(fresh.roots).toEqual(STRIPE_PARAM_ROOTS);
    expect(fresh.defs).toEqual(STRIPE_PARAM_DEFS);
    expect(fresh.expandRoots).toEqual(STRIPE_EXPAND_ROOTS);
    expect(fresh.expandDefs).toEqual(STRIPE_EXPAND_DEFS);
  });
});

describe("values Stripe refuses", () => {
  test("an invalid enum value: locale=xx", async ({ harness }) => {
    const error = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({ locale: "xx" as Stripe.Checkout.SessionCreateParams.Locale }),
      ),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.param).toBe("locale");
    expect(error.message).toMatch(/^Invalid locale: must be one of auto, bg, cs, /);
    expect(error.message).toMatch(/, zh-HK, or zh-TW$/);
    expect(
      (await harness.stripe.checkout.sessions.create(donationParams({ locale: "fr" }))).locale,
    ).toBe("fr");
  });

  test("invalid integers get parameter_invalid_integer, on a create and on a list", async ({
    harness,
  }) => {
    const expiresAt = await rejection(
      harness.stripe.checkout.sessions.create(donationParams({ expires_at: 1.5 })),
    );
    expect(expiresAt.raw).toMatchObject({
      code: "parameter_invalid_integer",
      param: "expires_at",
      message: "Invalid integer: 1.5",
      doc_url: "https://stripe.com/docs/error-codes/parameter-invalid-integer",
    });
    const limit = await rejection(harness.stripe.charges.list({ limit: 2.5 }));
    expect(limit.code).toBe("parameter_invalid_integer");
    expect(limit.param).toBe("limit");
  });

  test("an invalid boolean and an invalid hash are refused", async ({ harness }) => {
    const boolean = await rejection(
      harness.stripe.rawRequest("POST", "/v1/subscriptions/sub_x", { cancel_at_period_end: "yes" }),
    );
    expect(boolean.param).toBe("cancel_at_period_end");
    expect(boolean.message).toBe("Invalid boolean: yes");
    const hash = await rejection(
      harness.stripe.rawRequest("POST", "/v1/checkout/sessions", { payment_intent_data: "x" }),
    );
    expect(hash.param).toBe("payment_intent_data");
    expect(hash.message).toBe("Invalid object");
  });

  test("customer_creation is refused in subscription mode, accepted in payment mode", async ({
    harness,
  }) => {
    const error = await rejection(
      harness.stripe.checkout.sessions.create(monthlyParams({ customer_creation: "always" })),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.message).toBe("`customer_creation` can only be used in `payment` mode.");
    const bad = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({
          customer_creation: "sometimes" as Stripe.Checkout.SessionCreateParams.CustomerCreation,
        }),
      ),
    );
    expect(bad.message).toBe("Invalid customer_creation: must be one of always or if_required");
    const ok = await harness.stripe.checkout.sessions.create(
      donationParams({ customer_creation: "if_required" }),
    );
    expect(ok.status).toBe("open");
  });

  test("client_reference_id is at most 200 characters", async ({ harness }) => {
    const error = await rejection(
      harness.stripe.checkout.sessions.create(
        donationParams({ client_reference_id: "x".repeat(201) }),
      ),
    );
    expect(error.param).toBe("client_reference_id");
    expect(error.message).toContain("must be at most 200 characters");
    const ok = await harness.stripe.checkout.sessions.create(
      donationParams({ client_reference_id: "x".repeat(200) }),
    );
    expect(ok.client_reference_id).toHaveLength(200);
  });
});

describe("expansions", () => {
  test("a field that is not expandable in the SDK's response types is refused, before a create creates anything", async ({
    harness,
  }) => {
    const { stripe } = harness;
    const refused = await rejection(
      stripe.checkout.sessions.create(donationParams({ expand: ["metadata"] })),
    );
    expect(refused.message).toBe("This property cannot be expanded (metadata).");
    expect((await stripe.checkout.sessions.list()).data).toHaveLength(0);

    const session = await stripe.checkout.sessions.create(donationParams());
    for (const field of [
      "metadata",
      "id",
      "customer_email",
      "nonexistent",
      "total_details",
      "payment_intent.amount",
    ]) {
      const error = await rejection(
        stripe.checkout.sessions.retrieve(session.id, { expand: [field] }),
      );
      expect(error.message, field).toBe(`This property cannot be expanded (${field}).`);
      expect(error.param).toBe("expand");
    }
    // Expandable ids, includable lists, and paths through hashes and lists to them are fine.
    const expanded = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ["line_items", "payment_intent", "customer"],
    });
    expect(expanded.line_items?.data).toHaveLength(1);
  });

  test("more than four levels is refused before anything is created; four levels work", async ({
    harness,
  }) => {
    const { stripe, emulator } = harness;
    const tooDeep = "payment_intent.latest_charge.balance_transaction.source.customer";
    const error = await rejection(
      stripe.checkout.sessions.create(donationParams({ expand: [tooDeep] })),
    );
    expect(error.raw).toMatchObject({
      code: "property_expansion_max_depth",
      message: `You cannot expand more than 4 levels of a property. Property: ${tooDeep}`,
    });
    expect((await stripe.checkout.sessions.list()).data).toHaveLength(0);

    const session = await stripe.checkout.sessions.create(donationParams());
    await payWithCard(emulator, session.id, "4242424242424242");
    const listed = await stripe.checkout.sessions.list({
      expand: ["data.payment_intent.latest_charge.balance_transaction"],
    });
    const intent = listed.data[0]?.payment_intent;
    if (typeof intent !== "object" || intent === null) throw new Error("not expanded");
    const charge = intent.latest_charge;
    if (typeof charge !== "object" || charge === null) throw new Error("not expanded");
    expect(typeof charge.balance_transaction).toBe("object");
  });
});
