import { createServer } from "node:http";
import Stripe from "stripe";
import {
  type StripeEmulator,
  type StripeEmulatorOptions,
  startStripeEmulator,
} from "../../tools/stripe-emulator/index";

export const WEBHOOK_SECRET = "whsec_test_emulator_secret";

export interface ReceivedEvent {
  event: Stripe.Event;
  /** Order of arrival across all requests (1-based). */
  arrival: number;
}

export interface WebhookReceiver {
  url: string;
  /** Events that arrived with a valid signature and were answered 2xx. */
  events: ReceivedEvent[];
  /** Every request, including those answered with an error. */
  requests: number;
  /** Requests whose signature did not verify. */
  rejected: string[];
  /** Answer with this status for the next N requests (default 0: answer 200). */
  failNext(count: number, status?: number): void;
  close(): Promise<void>;
}

/** A tiny webhook endpoint that verifies every request with the SDK, as the app does. */
export async function startWebhookReceiver(
  stripe: Stripe,
  secret = WEBHOOK_SECRET,
): Promise<WebhookReceiver> {
  let failures = 0;
  let failureStatus = 500;
  const receiver: Omit<WebhookReceiver, "url" | "close"> & {
    failNext: WebhookReceiver["failNext"];
  } = {
    events: [],
    requests: 0,
    rejected: [],
    failNext(count, status = 500) {
      failures = count;
      failureStatus = status;
    },
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      receiver.requests += 1;
      const payload = Buffer.concat(chunks).toString("utf8");
      const signature = request.headers["stripe-signature"]?.toString() ?? "";
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(payload, signature, secret);
      } catch (error) {
        receiver.rejected.push(error instanceof Error ? error.message : String(error));
        response.writeHead(400).end();
        return;
      }
      if (failures > 0) {
        failures -= 1;
        response.writeHead(failureStatus).end();
        return;
      }
      receiver.events.push({ event, arrival: receiver.requests });
      response.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("receiver has no port");
  const { port } = address;
  return Object.assign(receiver, {
    url: `http://localhost:${port}/api/webhooks/stripe`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

export interface Harness {
  emulator: StripeEmulator;
  stripe: Stripe;
  receiver: WebhookReceiver;
  close(): Promise<void>;
}

/** An emulator, the real SDK pointed at it, and a webhook receiver the emulator delivers to. */
export async function startHarness(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const verifier = new Stripe("sk_test_verifier");
  const receiver = await startWebhookReceiver(verifier);
  const emulator = await startStripeEmulator({
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    retryDelaysMs: [50, 100, 200],
    asyncPaymentDelayMs: null,
    ...options,
  });
  const stripe = new Stripe("sk_test_emulator", {
    host: emulator.host,
    port: emulator.port,
    protocol: "http",
    apiVersion: Stripe.API_VERSION,
    maxNetworkRetries: 0,
  });
  return {
    emulator,
    stripe,
    receiver,
    close: async () => {
      await emulator.close();
      await receiver.close();
    },
  };
}

/** Polls until `condition` holds; fails with `description` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  description: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function eventTypes(receiver: WebhookReceiver): string[] {
  return receiver.events.map(({ event }) => event.type);
}

/** Waits for the receiver to accept an event of `type`, and returns the first one. */
export async function waitForEvent<T extends Stripe.Event.Type>(
  receiver: WebhookReceiver,
  type: T,
): Promise<Extract<Stripe.Event, { type: T }>> {
  await waitFor(() => eventTypes(receiver).includes(type), type);
  const found = receiver.events.find(({ event }) => event.type === type)?.event;
  if (found?.type !== type) throw new Error(`no ${type} event`);
  return found as Extract<Stripe.Event, { type: T }>;
}

export function donationParams(
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    submit_type: "donate",
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: "usd",
          unit_amount: 2500,
          product_data: {
            name: "Donation to Blue Heart",
            description: "Against human trafficking",
          },
        },
      },
    ],
    metadata: { donationId: "don_1" },
    success_url: "http://localhost:3000/donate/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://localhost:3000/donate",
    customer_email: "donor@example.org",
    payment_intent_data: { description: "Donation to Blue Heart" },
    ...overrides,
  };
}

export function monthlyParams(
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "subscription",
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: "usd",
          unit_amount: 1000,
          recurring: { interval: "month" },
          product_data: { name: "Monthly gift to Blue Heart", description: "Every month" },
        },
      },
    ],
    metadata: { donationId: "don_monthly" },
    success_url: "http://localhost:3000/donate/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://localhost:3000/donate",
    customer_email: "monthly@example.org",
    subscription_data: { description: "Monthly gift", metadata: { donationId: "don_monthly" } },
    ...overrides,
  };
}

export interface PagePost {
  status: number;
  location: string | null;
  html: string;
}

async function postPage(
  emulator: StripeEmulator,
  sessionId: string,
  fields: Record<string, string>,
): Promise<PagePost> {
  const response = await fetch(`${emulator.url}/checkout/${sessionId}/pay`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    html: await response.text(),
  };
}

/** Submits the hosted page's card form, as a donor's browser would. */
export function payWithCard(
  emulator: StripeEmulator,
  sessionId: string,
  cardNumber: string,
  email = "donor@example.org",
) {
  return postPage(emulator, sessionId, {
    method: "card",
    email,
    card_number: cardNumber,
    expiry: "12 / 34",
    cvc: "123",
    name: "Ada Donor",
  });
}

/** Submits the hosted page's bank debit (SEPA) form. */
export function payWithIban(
  emulator: StripeEmulator,
  sessionId: string,
  iban: string,
  email = "donor@example.org",
) {
  return postPage(emulator, sessionId, { method: "sepa_debit", email, name: "Ada Donor", iban });
}
