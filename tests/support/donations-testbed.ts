// A Stripe emulator started in-process for the donation tests, with the app's own modules pointed
// at it through the environment (set before they are imported, as lib/env.ts reads it once). The
// webhook route is called directly with real Requests: either by the emulator (through a small
// bridge server, with its retries) or by the test, with payloads signed as Stripe signs them.
import { createServer, type Server } from "node:http";
import Stripe from "stripe";
import {
  type StripeEmulator,
  type StripeEmulatorOptions,
  startStripeEmulator,
} from "../../tools/stripe-emulator/index";
import { setEnv } from "./test-env";

export const WEBHOOK_SECRET = "whsec_donation_tests";

export interface Testbed {
  emulator: StripeEmulator;
  /** The real SDK pointed at the emulator, for the test's own reads and refunds. */
  stripe: Stripe;
  /** Every API request the emulator has answered ("POST /v1/checkout/sessions 200 3ms"). */
  apiRequests: string[];
  /** Statuses our route answered to the emulator's own deliveries. */
  deliveryStatuses: number[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

export type TestbedOptions = StripeEmulatorOptions & {
  deliver?: boolean;
  /** The app's SITE_URL; null leaves it unset, for the default to apply. */
  siteUrl?: string | null;
};

/**
 * Starts the emulator. With `deliver: true` it POSTs every event to the app's webhook route (and
 * retries on 5xx); otherwise it only records events and the test delivers them.
 */
export async function startTestbed(options: TestbedOptions = {}): Promise<Testbed> {
  const { deliver = false, siteUrl = "http://localhost:3100", ...emulatorOptions } = options;
  const apiRequests: string[] = [];
  const deliveryStatuses: number[] = [];
  let route: ((request: Request) => Promise<Response>) | undefined;

  const bridge = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === "string") headers.set(name, value);
      }
      const request = new Request("http://localhost:3100/api/webhooks/stripe", {
        method: "POST",
        headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const response = route
        ? await route(request)
        : new Response("route not loaded", { status: 503 });
      deliveryStatuses.push(response.status);
      outgoing.writeHead(response.status, { "content-type": "application/json" });
      outgoing.end(await response.text());
    });
  });
  const bridgePort = await listen(bridge);

  const emulator = await startStripeEmulator({
    webhookUrl: deliver ? `http://localhost:${bridgePort}/api/webhooks/stripe` : null,
    webhookSecret: WEBHOOK_SECRET,
    asyncPaymentDelayMs: null,
    retryDelaysMs: [100, 200, 400],
    log: (line) => {
      if (line.includes("/v1/")) apiRequests.push(line);
    },
    ...emulatorOptions,
  });

  setEnv({
    STRIPE_EMULATOR: "true",
    STRIPE_API_HOST: emulator.host,
    STRIPE_API_PORT: String(emulator.port),
    STRIPE_API_PROTOCOL: "http",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    SITE_URL: siteUrl ?? undefined,
    STRIPE_SECRET_KEY: undefined,
  });
  route = (await import("@/app/api/webhooks/stripe/route")).POST;

  const stripe = new Stripe("sk_test_donation_tests", {
    ...emulator.stripeOptions,
    maxNetworkRetries: 0,
  });
  return {
    emulator,
    stripe,
    apiRequests,
    deliveryStatuses,
    close: async () => {
      await emulator.close();
      await new Promise<void>((resolve) => {
        bridge.closeAllConnections();
        bridge.close(() => resolve());
      });
    },
  };
}

/** A valid donate form, with overrides. */
export function donateForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    currency: "usd",
    frequency: "once",
    preset: "usd:2500",
    visibility: "anonymous",
    ...overrides,
  };
}

export const checkoutContext = {
  ipHash: "a".repeat(64),
  locale: "en",
  texts: {
    productName: "Donation to the UN Voluntary Trust Fund",
    description: "Received by the operator, passed on to the beneficiary.",
  },
};

/** Pays on the emulator's hosted page, as a donor's browser would. */
export async function payOnHostedPage(
  emulator: StripeEmulator,
  sessionId: string,
  fields: { card: string } | { iban: string },
): Promise<{ status: number; html: string }> {
  const body: Record<string, string> =
    "card" in fields
      ? {
          method: "card",
          email: "donor@example.org",
          card_number: fields.card,
          expiry: "12 / 34",
          cvc: "123",
          name: "Ada Donor",
        }
      : { method: "sepa_debit", email: "donor@example.org", name: "Ada Donor", iban: fields.iban };
  const response = await fetch(`${emulator.url}/checkout/${sessionId}/pay`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(body),
  });
  return { status: response.status, html: await response.text() };
}

/** The JSON of the emulator's events of `type`, oldest first, exactly as it would send them. */
export function eventsOfType(emulator: StripeEmulator, type: string): string[] {
  return emulator
    .events()
    .filter((event) => event.type === type)
    .map((event) => event.json);
}

export function onlyEvent(emulator: StripeEmulator, type: string): string {
  const [json, ...more] = eventsOfType(emulator, type);
  if (!json || more.length > 0) throw new Error(`expected one ${type} event`);
  return json;
}

/** A webhook Request signed with `secret` at `timestamp` (seconds), as Stripe sends one. */
export function signedRequest(
  payload: string,
  options: { secret?: string; timestamp?: number; body?: string } = {},
): Request {
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
  });
  return new Request("http://localhost:3100/api/webhooks/stripe", {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: options.body ?? payload,
  });
}

/**
 * The public donation counters as the database has them: donors, and raised in USD. The emulator's
 * money is test money, so these are the test-mode counters unless `livemode` says otherwise
 * (docs/decisions/027-donors-and-test-money.md).
 */
export async function donationTotals(
  livemode = false,
): Promise<{ donors: number; raised: number }> {
  const { pgPool } = await import("@/lib/db");
  const [donors, raised] = livemode ? ["donors", "raised"] : ["donors_test", "raised_test"];
  const result = await pgPool.query<{ metric: string; total: string }>(
    `SELECT "metric", COALESCE(SUM("value"), 0)::text AS "total" FROM "CounterShard"
      WHERE ("metric" = $1 AND "key" = '') OR ("metric" = $2 AND "key" = 'USD')
      GROUP BY "metric"`,
    [donors, raised],
  );
  const total = (metric: string | undefined) =>
    Number(result.rows.find((row) => row.metric === metric)?.total ?? 0);
  return { donors: total(donors), raised: total(raised) };
}
