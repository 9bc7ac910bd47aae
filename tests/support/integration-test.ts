// The integration tests' fixtures (Vitest `test.extend`): a test names what it needs in its
// arguments and gets it set up before and taken down after, instead of each file repeating its own
// beforeAll/afterAll. Only the fixtures a test names are started.
//
// - `harness`, `openHarness`: a Stripe emulator on its own, the real SDK pointed at it and a webhook
//   receiver it delivers to (tests/integration/stripe-emulator), fresh for each test.
// - `testbed`, `app`, `startGift`, `deliver`: the app's donation code against an emulator, once per
//   file (tests/integration/donations). `testbedOptions` configures the testbed for a file:
//   `test.override({ testbedOptions: { deliver: true } })` at the top of the file.
import { test as base } from "vitest";
import type { StripeEmulatorOptions } from "../../tools/stripe-emulator/index";
import {
  checkoutContext,
  donateForm,
  signedRequest,
  startTestbed,
  type TestbedOptions,
} from "./donations-testbed";
import { type Harness, startHarness } from "./stripe-emulator-harness";

/** The app's modules, imported once the testbed has pointed the environment at the emulator. */
async function importApp() {
  const [
    { db },
    { POST },
    { createCheckoutSession },
    { fulfilCheckoutSession },
    { readSuccessOutcome },
  ] = await Promise.all([
    import("@/lib/db"),
    import("@/app/api/webhooks/stripe/route"),
    import("@/lib/donations/create-checkout-session"),
    import("@/lib/donations/fulfil-checkout-session"),
    import("@/lib/donations/read-success-outcome"),
  ]);
  return {
    db,
    webhookRoute: POST,
    createCheckoutSession,
    fulfilCheckoutSession,
    readSuccessOutcome,
  };
}

export const test = base
  .extend("openHarness", ({ onTestFinished }) => {
    /** Starts a harness with these emulator options; it is closed when the test ends. */
    return async (options: StripeEmulatorOptions = {}): Promise<Harness> => {
      const harness = await startHarness(options);
      onTestFinished(() => harness.close());
      return harness;
    };
  })
  .extend("harness", ({ openHarness }) => openHarness())
  .extend("testbedOptions", { scope: "file" }, {} as TestbedOptions)
  .extend("testbed", { scope: "file" }, async ({ testbedOptions }, { onCleanup }) => {
    const testbed = await startTestbed(testbedOptions);
    onCleanup(() => testbed.close());
    return testbed;
  })
  .extend("app", { scope: "file" }, async ({ testbed }) => {
    const app = await importApp();
    return {
      ...app,
      /** Forgets the emulator's objects and the requests it saw, and empties the donation tables. */
      async reset(): Promise<void> {
        testbed.emulator.reset();
        testbed.apiRequests.length = 0;
        await app.db.$executeRawUnsafe(
          `TRUNCATE "DonationManageToken", "DonationRefund", "DonationPayment", "Donation", "DonorIdentity", "StripeEvent", "CounterShard", "rate_limits"`,
        );
      },
    };
  })
  .extend("startGift", { scope: "file" }, ({ app }) => {
    /** Opens a checkout (USD 25 unless `form` says otherwise); the donation and session ids. */
    return async (form: Record<string, string> = {}) => {
      const result = await app.createCheckoutSession(donateForm(form), checkoutContext);
      if (!result.ok) throw new Error(`could not start a gift: ${result.error.code}`);
      const donation = await app.db.donation.findUniqueOrThrow({
        where: { id: result.value.donationId },
      });
      return { donationId: donation.id, sessionId: donation.stripeCheckoutSessionId ?? "" };
    };
  })
  .extend("deliver", { scope: "file" }, ({ app }) => {
    /** POSTs `payload` to the webhook route, signed as Stripe signs it; the status it answers. */
    return async (payload: string, options?: Parameters<typeof signedRequest>[1]) =>
      (await app.webhookRoute(signedRequest(payload, options))).status;
  });

export { describe, expect } from "vitest";
