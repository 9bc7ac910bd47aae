// A signed event the app cannot use is acknowledged (2xx: otherwise Stripe retries it for three
// days) and changes nothing: a malformed object, an id that is not an id, an object Stripe does not
// have, an event id longer than any Stripe id.
import { signedRequest } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

test.beforeEach(({ app }) => app.reset());

const event = (fields: Record<string, unknown>) =>
  JSON.stringify({
    id: "evt_test_unusable",
    object: "event",
    type: "checkout.session.completed",
    data: { object: { id: "cs_test_unknown", object: "checkout.session" } },
    ...fields,
  });

describe("signed events the app cannot use", () => {
  test.for([
    ["no data at all", event({ data: null })],
    ["an object that is a string", event({ data: { object: "cs_test_x" } })],
    ["an object without an id", event({ data: { object: { amount: 1 } } })],
    ["an id with a slash", event({ data: { object: { id: "cs_test/../../v1/charges" } } })],
    ["an event id of 300 characters", event({ id: `evt_${"x".repeat(296)}` })],
    ["a session Stripe does not have", event({})],
    [
      "a refund whose charge is a number",
      event({ type: "refund.created", data: { object: { id: "re_1", charge: 42 } } }),
    ],
    [
      "a dispute on a charge Stripe does not have",
      event({
        type: "charge.dispute.created",
        data: { object: { id: "dp_1", charge: "ch_nope" } },
      }),
    ],
    [
      "a dispute whose charge is a subscription's id",
      event({
        type: "charge.dispute.updated",
        data: { object: { id: "dp_1", charge: "sub_missing" } },
      }),
    ],
    [
      "a dispute whose charge is a checkout session's id",
      event({
        type: "charge.dispute.updated",
        data: { object: { id: "dp_1", charge: "cs_1XZcY9" } },
      }),
    ],
    [
      "a refunded charge whose id is an invoice's",
      event({ type: "charge.refunded", data: { object: { id: "in_1abc" } } }),
    ],
    ["a body that is JSON null", "null"],
    ["a body that is a JSON array", "[1, 2]"],
    ["a body that is a JSON number", "42"],
    ["a body that is a JSON string", '"evt_1"'],
    [
      "an invoice Stripe does not have",
      event({ type: "invoice.paid", data: { object: { id: "in_nope" } } }),
    ],
  ] as const)(
    "acknowledges %s with 200 and writes nothing",
    async ([, payload], { app: { db, webhookRoute } }) => {
      const response = await webhookRoute(signedRequest(payload));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: true, outcome: "unusable" });
      expect(await db.stripeEvent.count()).toBe(0);
      expect(await db.donation.count()).toBe(0);
    },
  );

  test("answers 400 to a signed body that is not JSON", async ({ deliver }) => {
    expect(await deliver("{not json")).toBe(400);
  });
});
