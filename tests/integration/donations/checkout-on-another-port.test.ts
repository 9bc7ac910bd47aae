// `PORT=4101 npm run dev` with no SITE_URL: Stripe sends donors back to the port the site serves,
// not to localhost:3000. Checked where it counts: the URLs the SDK sent to the (real) emulator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setEnv } from "../../support/test-env";
import { checkoutContext, donateForm, startTestbed, type Testbed } from "./support";

let testbed: Testbed;
let createCheckoutSession: typeof import("@/lib/donations/create-checkout-session").createCheckoutSession;

beforeAll(async () => {
  setEnv({ PORT: "4101" });
  testbed = await startTestbed({ siteUrl: null });
  ({ createCheckoutSession } = await import("@/lib/donations/create-checkout-session"));
});

afterAll(async () => {
  await testbed.close();
});

describe("a checkout opened by a server on another port", () => {
  it("returns the donor to that port after paying or cancelling", async () => {
    const result = await createCheckoutSession(donateForm(), checkoutContext);
    if (!result.ok) throw new Error(`expected a session, got ${result.reason}`);
    const [session] = (await testbed.stripe.checkout.sessions.list({ limit: 1 })).data;
    expect(session?.url).toBe(result.url);
    expect(session?.success_url).toBe(
      "http://localhost:4101/donate/success?session_id={CHECKOUT_SESSION_ID}",
    );
    expect(session?.cancel_url).toBe(`http://localhost:4101/donate?cancelled=${result.donationId}`);
  });
});
