// Signed events the app cannot use, against the production build: acknowledged with 200, never a
// 500 (which would bring three days of retries). Here, unlike in the integration tests, the SDK
// that throws "No such subscription" may be another copy than the one the route checks against:
// the Stripe client is made once per process, by whichever part of the bundle asks first, so the
// donate form's action asks first here, as it did in the run that found this (fuzz seed 897645701).
import { type APIRequestContext, expect, test } from "@playwright/test";
import Stripe from "stripe";
import { E2E_WEBHOOK_SECRET } from "../support/e2e-stripe";

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/donate");
  await page.getByRole("radio", { name: "$10", exact: true }).check();
  await page.getByRole("button", { name: "Donate $10" }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  await page.close();
});

const cases: [string, string, Record<string, unknown>][] = [
  ["a subscription Stripe does not have", "customer.subscription.deleted", { id: "sub_missing" }],
  [
    "a charge's id where a subscription's belongs",
    "customer.subscription.deleted",
    { id: "ch_x1" },
  ],
  [
    "a dispute on a charge Stripe does not have",
    "charge.dispute.updated",
    { id: "dp_1", charge: "ch_nope" },
  ],
  [
    "a refund whose charge is a session's id",
    "refund.updated",
    { id: "re_1", charge: "cs_1XZcY9" },
  ],
  ["an invoice Stripe does not have", "invoice.paid", { id: "in_nope" }],
  ["a session Stripe does not have", "checkout.session.completed", { id: "cs_test_nope" }],
];

test.describe.configure({ mode: "serial" });

/** Posts `payload` to the webhook, signed with the browser-test server's secret, as Stripe would. */
function postSigned(request: APIRequestContext, payload: string) {
  return request.post("/api/webhooks/stripe", {
    data: payload,
    headers: {
      "content-type": "application/json",
      "stripe-signature": Stripe.webhooks.generateTestHeaderString({
        payload,
        secret: E2E_WEBHOOK_SECRET,
      }),
    },
  });
}

for (const [label, type, object] of cases) {
  test(`a signed event naming ${label} is acknowledged as unusable`, async ({ request }) => {
    const payload = JSON.stringify({
      id: `evt_unusable_${type.replaceAll(".", "_")}`,
      object: "event",
      type,
      data: { object },
    });
    const response = await postSigned(request, payload);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: "unusable" });
  });
}

test("a signed body of JSON null is acknowledged as unusable", async ({ request }) => {
  const response = await postSigned(request, "null");
  expect(response.status()).toBe(200);
});
