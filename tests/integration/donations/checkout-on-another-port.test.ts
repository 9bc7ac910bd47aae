// `PORT=4101 npm run dev` with no SITE_URL: Stripe sends donors back to the port the site serves,
// not to localhost:3000. Checked where it counts: the URLs the SDK sent to the (real) emulator.
import { checkoutContext, donateForm } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";
import { setEnv } from "@/tests/support/test-env";

setEnv({ PORT: "4101" });
test.override({ testbedOptions: { siteUrl: null } });

describe("a checkout opened by a server on another port", () => {
  test("returns the donor to that port after paying or cancelling", async ({ app, testbed }) => {
    const result = await app.createCheckoutSession(donateForm(), checkoutContext);
    if (!result.ok) throw new Error(`expected a session, got ${result.error.code}`);
    const [session] = (await testbed.stripe.checkout.sessions.list({ limit: 1 })).data;
    expect(session?.url).toBe(result.value.url);
    expect(session?.success_url).toBe(
      "http://localhost:4101/en/donate/success?session_id={CHECKOUT_SESSION_ID}",
    );
    expect(session?.cancel_url).toBe(
      `http://localhost:4101/en/donate/cancelled?donation=${result.value.donationId}`,
    );
  });
});
