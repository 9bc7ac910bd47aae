import { createHmac } from "node:crypto";
import { Timers } from "../clock";
import { newId } from "../ids";
import type { EventRecord } from "../state";

/** Refuses an endpoint API version the emulator cannot render events at. */
export function checkWebhookApiVersion(apiVersion: string, rendered: string): void {
  if (apiVersion !== rendered) {
    throw new Error(
      `The Stripe emulator renders events at API version ${rendered} only (the version the stripe package pins); a webhook endpoint at ${apiVersion} would receive objects of another shape from Stripe. Create the endpoint with api_version ${rendered}.`,
    );
  }
}

/** Orders in which the events of one flow (one API call, one payment) can be sent. */
export const DELIVERY_ORDERS = ["in-order", "reverse", "shuffle"] as const;
export type DeliveryOrder = (typeof DELIVERY_ORDERS)[number];

export interface WebhookSettings {
  url: string | null;
  /**
   * The endpoint's API version: Stripe renders each event for an endpoint at the endpoint's
   * `api_version` (https://docs.stripe.com/api/webhook_endpoints/create#create_webhook_endpoint-api_version,
   * https://docs.stripe.com/webhooks/versioning). The emulator renders objects at the pinned
   * version only, so that is the only one an endpoint may have (checkWebhookApiVersion).
   */
  apiVersion: string;
  secret: string;
  /** Delay before each retry; its length bounds the number of attempts (1 + retries). */
  retryDelaysMs: readonly number[];
  /** Send every event this many times (Stripe may deliver an event more than once). */
  duplicateDeliveries: number;
  deliveryOrder: DeliveryOrder;
  /** Event types to send, or ["*"] for all, like a webhook endpoint's `enabled_events`. */
  enabledEvents: string[];
  timeoutMs: number;
}

export interface DeliveryAttempt {
  attempt: number;
  /** Wall-clock time of the attempt, ISO 8601. */
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookDelivery {
  id: string;
  eventId: string;
  eventType: string;
  /** 1 for the first copy of an event, 2 for its duplicate, ... */
  copy: number;
  url: string;
  status: "pending" | "succeeded" | "failed";
  attempts: DeliveryAttempt[];
}

/**
 * Signs a payload exactly as Stripe does: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * "<t>.<payload>")>`. The timestamp is wall-clock time (not the emulator's advanced clock) so
 * `stripe.webhooks.constructEvent` accepts it within its five-minute tolerance.
 */
export function signPayload(payload: string, secret: string, timestamp: number): string {
  const signature = createHmac("sha256", secret)
    .update(`${timestamp}.${payload}`, "utf8")
    .digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a !== undefined && b !== undefined) {
      out[i] = b;
      out[j] = a;
    }
  }
  return out;
}

/** Sends events to the webhook URL, retrying with backoff, and keeps a record of every attempt. */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly timers = new Timers();
  private queue: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private closed = false;

  constructor(private readonly settings: () => WebhookSettings) {}

  /** Queues the events of one flow; first attempts go out one at a time, in the chosen order. */
  dispatch(events: EventRecord[]): void {
    const settings = this.settings();
    const url = settings.url;
    if (url === null || this.closed) return;
    const wanted = events.filter(
      (event) =>
        settings.enabledEvents.includes("*") || settings.enabledEvents.includes(event.type),
    );
    const copies = Math.max(1, Math.floor(settings.duplicateDeliveries));
    let batch: Array<{ event: EventRecord; delivery: WebhookDelivery }> = [];
    for (const event of wanted) {
      for (let copy = 1; copy <= copies; copy++) {
        const delivery: WebhookDelivery = {
          id: newId("whdel"),
          eventId: event.id,
          eventType: event.type,
          copy,
          url,
          status: "pending",
          attempts: [],
        };
        this.deliveries.push(delivery);
        batch.push({ event, delivery });
      }
    }
    if (settings.deliveryOrder === "reverse") batch = batch.reverse();
    if (settings.deliveryOrder === "shuffle") batch = shuffle(batch);
    this.inFlight += batch.length;
    this.queue = this.queue.then(async () => {
      for (const { event, delivery } of batch) {
        await this.attempt(event, delivery);
        this.inFlight -= 1;
      }
    });
  }

  private async attempt(event: EventRecord, delivery: WebhookDelivery): Promise<void> {
    if (this.closed) return;
    const settings = this.settings();
    const started = Date.now();
    const attemptNumber = delivery.attempts.length + 1;
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "stripe-signature": signPayload(
            event.json,
            settings.secret,
            Math.floor(Date.now() / 1000),
          ),
        },
        body: event.json,
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      statusCode = response.status;
      await response.arrayBuffer();
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    delivery.attempts.push({
      attempt: attemptNumber,
      at: new Date(started).toISOString(),
      statusCode,
      error,
      durationMs: Date.now() - started,
    });
    if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
      delivery.status = "succeeded";
      return;
    }
    const delay = settings.retryDelaysMs[attemptNumber - 1];
    if (delay === undefined || this.closed) {
      delivery.status = "failed";
      return;
    }
    this.inFlight += 1;
    this.timers.after(delay, () => {
      void this.attempt(event, delivery).finally(() => {
        this.inFlight -= 1;
      });
    });
  }

  /** True while any delivery waits for a first attempt, an answer, or a retry. */
  get busy(): boolean {
    return this.inFlight > 0;
  }

  /** Resolves once every delivery has succeeded or run out of attempts. */
  async waitForIdle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.busy) {
      if (Date.now() > deadline) {
        const pending = this.deliveries
          .filter((d) => d.status === "pending")
          .map((d) => d.eventType);
        throw new Error(
          `Webhook deliveries still pending after ${timeoutMs} ms: ${pending.join(", ")}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  clear(): void {
    this.deliveries.length = 0;
  }

  close(): void {
    this.closed = true;
    this.timers.cancelAll();
    this.inFlight = 0;
  }
}
