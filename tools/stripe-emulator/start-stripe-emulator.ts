import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { handleApiRequest } from "./api-routes";
import { API_VERSION, EmulatorCore, type RequestContext } from "./core";
import { StripeApiError } from "./errors";
import { expand, type Json } from "./expand";
import { expandParam, type FormObject, fingerprint, parseFormParams } from "./form-params";
import { renderCheckoutPage, submitCheckoutPage } from "./hosted-page";
import { newId, newRequestId } from "./ids";
import { currencyInfo } from "./money";
import { hostedPageUrl, renderDispute, renderRefund } from "./render";
import { type EmulatorState, type EventRecord, emptyState, loadState, saveState } from "./state";
import {
  type DeliveryOrder,
  type WebhookDelivery,
  WebhookDispatcher,
  type WebhookSettings,
} from "./webhooks";

export interface StripeEmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default "localhost"). */
  host?: string;
  /** Base URL for hosted page links, when the emulator is reached through another address. */
  publicUrl?: string;
  /** Where events are POSTed; null (the default) records events without sending them. */
  webhookUrl?: string | null;
  /** Signing secret (`whsec_...`); a random one is made when absent. */
  webhookSecret?: string;
  /** Currency balance transactions are kept in (default "usd"). */
  settlementCurrency?: string;
  /** Send every event this many times (default 1). */
  duplicateDeliveries?: number;
  /** Order of the events of one flow: "in-order" (default), "reverse", or "shuffle". */
  deliveryOrder?: DeliveryOrder;
  /** Shorthand for `deliveryOrder: "shuffle"`. */
  shuffleDeliveries?: boolean;
  /** Event types to send (default: all). */
  enabledEvents?: string[];
  /** Delay before each retry of a failed delivery (default 200, 500, 1000, 2000, 4000 ms). */
  retryDelaysMs?: number[];
  /** How long to wait for the webhook receiver to answer (default 10 s). */
  webhookTimeoutMs?: number;
  /** Wall-clock delay before a bank debit settles (default 2000 ms); null: only on request. */
  asyncPaymentDelayMs?: number | null;
  /** Keep state in this JSON file across restarts. */
  stateFile?: string | null;
  /** Days until a charge's funds are available (default 2). */
  availableAfterDays?: number;
  /** Where to log one line per request (default: nowhere). */
  log?: (line: string) => void;
}

export interface StripeEmulator {
  /** Base URL, e.g. `http://localhost:12111`. */
  url: string;
  port: number;
  host: string;
  /** The API version the emulator speaks (stripe-node's pinned `Stripe.API_VERSION`). */
  apiVersion: typeof API_VERSION;
  /** Options for `new Stripe(key, { ...emulator.stripeOptions })`. */
  stripeOptions: { host: string; port: number; protocol: "http"; apiVersion: typeof API_VERSION };
  webhookSecret: string;
  /** Emulator time, unix seconds. */
  now(): number;
  /** Moves the clock forward; renews due subscriptions, settles bank debits, expires sessions. */
  advanceClock(by: { days?: number; seconds?: number }): number;
  /** Opens a dispute on a charge (`charge.dispute.created`). */
  openDispute(chargeId: string, options?: { amount?: number; reason?: string }): Stripe.Dispute;
  /** Closes a dispute as won or lost (`charge.dispute.closed`). */
  closeDispute(disputeId: string, outcome: "won" | "lost"): Stripe.Dispute;
  /** Settles processing bank debits now (all, or one payment intent); returns their ids. */
  settleDelayedPayments(paymentIntentId?: string): string[];
  /** Makes a succeeded refund fail (`refund.updated`, `refund.failed`). */
  failRefund(refundId: string): Stripe.Refund;
  /** Changes webhook delivery settings while running. */
  configureWebhooks(settings: Partial<Omit<WebhookSettings, "secret">> & { secret?: string }): void;
  /** Every delivery so far, with its attempts. */
  deliveries(): WebhookDelivery[];
  /** Every event so far, oldest first (the JSON text is exactly what is sent). */
  events(): EventRecord[];
  /** Resolves once no delivery is waiting for an attempt or a retry. */
  waitForDeliveries(timeoutMs?: number): Promise<void>;
  hostedPageUrl(sessionId: string): string;
  /** Forgets every object, event and delivery, and resets the clock. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_RETRY_DELAYS_MS = [200, 500, 1000, 2000, 4000];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > 1_000_000) throw new HttpError(413, "Request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    ...headers,
  });
  response.end(body);
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    // No scripts at all, and nothing from elsewhere: the page must stand on its own.
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; base-uri 'none'",
  });
  response.end(html);
}

function errorJson(error: StripeApiError, requestId: string): string {
  return JSON.stringify(
    {
      error: {
        ...error.body,
        request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}`,
      },
    },
    null,
    2,
  );
}

/** `Authorization: Bearer sk_test_...` (or Basic with the key as user name), like Stripe. */
function checkApiKey(request: IncomingMessage): StripeApiError | null {
  const header = request.headers.authorization ?? "";
  let key = "";
  if (header.startsWith("Bearer ")) key = header.slice(7).trim();
  else if (header.startsWith("Basic "))
    key = Buffer.from(header.slice(6), "base64").toString("utf8").split(":")[0] ?? "";
  if (key === "") {
    return new StripeApiError(401, {
      type: "invalid_request_error",
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    });
  }
  if (!/^sk_test_\S+$/.test(key)) {
    return new StripeApiError(401, {
      type: "invalid_request_error",
      message: `Invalid API Key provided: ${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}. The Stripe emulator accepts any test secret key (sk_test_...).`,
    });
  }
  return null;
}

function parseJsonObject(text: string): Record<string, unknown> {
  if (text.trim() === "") return {};
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new HttpError(400, "Expected a JSON object");
  return Object.fromEntries(Object.entries(value));
}

function numberField(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(number)) throw new HttpError(400, `${name} must be a number`);
  return number;
}

function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new HttpError(400, `${name} must be a string`);
  return value;
}

/** Starts the emulator on its own HTTP server. */
export async function startStripeEmulator(
  options: StripeEmulatorOptions = {},
): Promise<StripeEmulator> {
  const settlementCurrency = (options.settlementCurrency ?? "usd").toLowerCase();
  if (!currencyInfo(settlementCurrency))
    throw new Error(`Unsupported settlement currency ${settlementCurrency}`);
  const host = options.host ?? "localhost";
  const stateFile = options.stateFile ?? null;
  const log = options.log ?? (() => {});
  const initialState: EmulatorState = stateFile ? await loadState(stateFile) : emptyState();

  const webhook: WebhookSettings = {
    url: options.webhookUrl ?? null,
    secret: options.webhookSecret ?? newId("whsec"),
    retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    duplicateDeliveries: options.duplicateDeliveries ?? 1,
    deliveryOrder: options.shuffleDeliveries ? "shuffle" : (options.deliveryOrder ?? "in-order"),
    enabledEvents: options.enabledEvents ?? ["*"],
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
  };
  const dispatcher = new WebhookDispatcher(() => webhook);
  const settlementTimers = new Set<NodeJS.Timeout>();
  const asyncPaymentDelayMs =
    options.asyncPaymentDelayMs === undefined ? 2000 : options.asyncPaymentDelayMs;

  let saveTimer: NodeJS.Timeout | null = null;
  let saving: Promise<void> = Promise.resolve();
  const persist = () => {
    if (!stateFile) return;
    saving = saving
      .then(() => saveState(stateFile, core.state))
      .catch((error: unknown) => {
        log(
          `stripe-emulator: could not save ${stateFile}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  };
  const scheduleSave = () => {
    if (!stateFile || saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = null;
      persist();
    }, 50);
  };

  let publicUrl = options.publicUrl ?? "";
  const core: EmulatorCore = new EmulatorCore(
    initialState,
    {
      settlementCurrency,
      publicUrl,
      asyncPaymentDelayMs,
      availableAfterDays: options.availableAfterDays ?? 2,
    },
    {
      onEvents: (events) => dispatcher.dispatch(events),
      onChange: scheduleSave,
      pendingWebhooks: () => (webhook.url ? 1 : 0),
      scheduleSettlement: (paymentIntentId) => {
        if (asyncPaymentDelayMs === null) return;
        const timer = setTimeout(() => {
          settlementTimers.delete(timer);
          core.settleIfProcessing(paymentIntentId);
        }, asyncPaymentDelayMs);
        timer.unref();
        settlementTimers.add(timer);
      },
    },
  );

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    requestId: string,
  ) {
    const headers = { "request-id": requestId, "stripe-version": API_VERSION };
    const authError = checkApiKey(request);
    if (authError)
      return sendJson(response, authError.status, errorJson(authError, requestId), headers);
    const method = request.method ?? "GET";
    const body = method === "POST" ? await readBody(request) : "";
    const params: FormObject =
      method === "POST" ? parseFormParams(body) : parseFormParams(url.search.slice(1));
    const idempotencyKey =
      method === "POST" ? (request.headers["idempotency-key"]?.toString() ?? null) : null;
    const context: RequestContext = { requestId, idempotencyKey };
    const path = url.pathname;

    if (idempotencyKey) {
      const saved = core.state.idempotency[idempotencyKey];
      if (saved) {
        if (
          saved.method !== method ||
          saved.path !== path ||
          saved.fingerprint !== fingerprint(params)
        ) {
          const error = new StripeApiError(400, {
            type: "idempotency_error",
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          });
          return sendJson(response, 400, errorJson(error, requestId), headers);
        }
        return sendJson(response, saved.status, saved.body, {
          ...headers,
          "idempotent-replayed": "true",
          "original-request": saved.key,
        });
      }
    }

    const segments = path.split("/").filter(Boolean).slice(1).map(decodeURIComponent);
    const result = handleApiRequest(core, { method, segments, params, context });
    const json: Json = expand(core.render, result, expandParam(params));
    const text = JSON.stringify(json, null, 2);
    if (idempotencyKey) {
      // Like Stripe, only requests that ran are remembered: a rejected request can be retried.
      core.state.idempotency[idempotencyKey] = {
        key: idempotencyKey,
        method,
        path,
        fingerprint: fingerprint(params),
        status: 200,
        body: text,
        created: core.now(),
      };
      scheduleSave();
    }
    sendJson(response, 200, text, headers);
  }

  async function handleCheckoutPage(
    request: IncomingMessage,
    response: ServerResponse,
    segments: string[],
  ) {
    const [, sessionId, action] = segments;
    const session = sessionId ? core.state.sessions[sessionId] : undefined;
    if (!session) {
      return sendHtml(
        response,
        404,
        '<!doctype html><html lang="en"><title>Not found</title><h1>No such checkout page</h1></html>',
      );
    }
    if (request.method === "GET" && action === undefined)
      return sendHtml(response, 200, renderCheckoutPage(core, session));
    if (request.method === "POST" && action === "pay") {
      const values = Object.fromEntries(new URLSearchParams(await readBody(request)));
      const result = submitCheckoutPage(core, session, values);
      if (result.redirectTo) {
        response.writeHead(303, { location: result.redirectTo, "cache-control": "no-store" });
        return response.end();
      }
      return sendHtml(response, result.status, result.html ?? "");
    }
    throw new HttpError(405, "Method not allowed");
  }

  async function handleControl(
    request: IncomingMessage,
    response: ServerResponse,
    segments: string[],
  ) {
    const method = request.method ?? "GET";
    const body = method === "POST" ? parseJsonObject(await readBody(request)) : {};
    const [, first, second, third] = segments;
    const send = (value: unknown) => sendJson(response, 200, JSON.stringify(value, null, 2));
    // Object ids (they contain "_") stand in as ":id"; other segments are literal.
    const idOrWord = second?.includes("_") ? ":id" : second;
    const route = `${method} ${[first, idOrWord, third].filter(Boolean).join("/")}`;
    switch (route) {
      case "GET ":
        return send({
          apiVersion: API_VERSION,
          now: core.now(),
          clockOffsetSeconds: core.state.clockOffsetSeconds,
          settlementCurrency,
          webhook: { ...webhook, secret: undefined },
          counts: Object.fromEntries(
            Object.entries(core.state).map(([key, value]) => [
              key,
              typeof value === "object" ? Object.keys(value).length : value,
            ]),
          ),
        });
      case "GET clock":
        return send({ now: core.now(), clockOffsetSeconds: core.state.clockOffsetSeconds });
      case "POST clock/advance":
        return send({
          now: emulator.advanceClock({
            days: numberField(body, "days"),
            seconds: numberField(body, "seconds"),
          }),
        });
      case "POST charges/:id/dispute":
        return send(
          emulator.openDispute(second ?? "", {
            amount: numberField(body, "amount"),
            reason: stringField(body, "reason"),
          }),
        );
      case "POST disputes/:id/close": {
        const outcome = stringField(body, "outcome") ?? "lost";
        if (outcome !== "won" && outcome !== "lost")
          throw new HttpError(400, "outcome must be won or lost");
        return send(emulator.closeDispute(second ?? "", outcome));
      }
      case "POST payments/settle":
        return send({
          settled: emulator.settleDelayedPayments(stringField(body, "payment_intent")),
        });
      case "POST refunds/:id/fail":
        return send(emulator.failRefund(second ?? ""));
      case "GET deliveries":
        return send({ deliveries: dispatcher.deliveries });
      case "POST deliveries/wait":
        await dispatcher.waitForIdle(numberField(body, "timeoutMs") ?? 30_000);
        return send({ deliveries: dispatcher.deliveries });
      case "POST webhook": {
        const order = stringField(body, "deliveryOrder");
        if (
          order !== undefined &&
          order !== "in-order" &&
          order !== "reverse" &&
          order !== "shuffle"
        ) {
          throw new HttpError(400, "deliveryOrder must be in-order, reverse or shuffle");
        }
        emulator.configureWebhooks({
          ...(body.url !== undefined
            ? { url: body.url === null ? null : stringField(body, "url") }
            : {}),
          ...(body.secret !== undefined ? { secret: stringField(body, "secret") } : {}),
          ...(body.duplicateDeliveries !== undefined
            ? { duplicateDeliveries: numberField(body, "duplicateDeliveries") }
            : {}),
          ...(order !== undefined ? { deliveryOrder: order } : {}),
        });
        return send({ webhook: { ...webhook, secret: undefined } });
      }
      case "POST reset":
        emulator.reset();
        return send({ reset: true });
      default:
        throw new HttpError(
          404,
          `Unknown emulator control route: ${method} /${segments.join("/")}`,
        );
    }
  }

  const server = createServer((request, response) => {
    const requestId = newRequestId();
    const url = new URL(request.url ?? "/", "http://emulator.invalid");
    const segments = url.pathname.split("/").filter(Boolean);
    const started = Date.now();
    response.on("finish", () =>
      log(`${request.method} ${url.pathname} ${response.statusCode} ${Date.now() - started}ms`),
    );
    void (async () => {
      try {
        // Sessions past `expires_at` expire when anyone next looks, as they would on Stripe's side.
        if (
          Object.values(core.state.sessions).some(
            (s) => s.status === "open" && s.expiresAt <= core.now(),
          )
        ) {
          core.flow(() => core.expireDueSessions());
        }
        if (segments[0] === "v1") return await handleApi(request, response, url, requestId);
        if (segments[0] === "checkout")
          return await handleCheckoutPage(request, response, segments);
        if (segments[0] === "_emulator") return await handleControl(request, response, segments);
        if (url.pathname === "/") {
          return sendJson(
            response,
            200,
            JSON.stringify({
              emulator: "stripe",
              apiVersion: API_VERSION,
              docs: "docs/stripe-emulator.md",
            }),
          );
        }
        throw new HttpError(404, `Not found: ${url.pathname}`);
      } catch (error) {
        if (response.headersSent) return;
        if (error instanceof StripeApiError) {
          return sendJson(response, error.status, errorJson(error, requestId), {
            "request-id": requestId,
          });
        }
        if (error instanceof HttpError || error instanceof SyntaxError) {
          const status = error instanceof HttpError ? error.status : 400;
          return sendJson(
            response,
            status,
            JSON.stringify({ error: { type: "invalid_request_error", message: error.message } }),
          );
        }
        log(
          `stripe-emulator: ${request.method} ${url.pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        const apiError = new StripeApiError(500, {
          type: "api_error",
          message: "The Stripe emulator hit an internal error; see its log.",
        });
        sendJson(response, 500, errorJson(apiError, requestId));
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port =
    typeof address === "object" && address !== null ? (address satisfies AddressInfo).port : 0;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  if (publicUrl === "") {
    publicUrl = url;
    core.config.publicUrl = url;
  }

  // Bank debits that were processing when the state was saved settle again after a restart.
  for (const intent of Object.values(core.state.paymentIntents)) {
    if (intent.status === "processing" && asyncPaymentDelayMs !== null) {
      const timer = setTimeout(() => core.settleIfProcessing(intent.id), asyncPaymentDelayMs);
      timer.unref();
      settlementTimers.add(timer);
    }
  }

  const emulator: StripeEmulator = {
    url,
    port,
    host,
    apiVersion: API_VERSION,
    stripeOptions: { host, port, protocol: "http", apiVersion: API_VERSION },
    get webhookSecret() {
      return webhook.secret;
    },
    now: () => core.now(),
    advanceClock: ({ days = 0, seconds = 0 }) => core.advanceClock(days * 86_400 + seconds),
    openDispute: (chargeId, disputeOptions) =>
      renderDispute(core.render, core.openDispute(chargeId, disputeOptions)),
    closeDispute: (disputeId, outcome) =>
      renderDispute(
        core.render,
        core.closeDispute(disputeId, outcome, { requestId: null, idempotencyKey: null }),
      ),
    settleDelayedPayments: (paymentIntentId) => core.settleDelayedPayments(paymentIntentId),
    failRefund: (refundId) => renderRefund(core.failRefund(refundId)),
    configureWebhooks: (settings) => {
      Object.assign(
        webhook,
        Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
      );
    },
    deliveries: () => dispatcher.deliveries,
    events: () => Object.values(core.state.events),
    waitForDeliveries: (timeoutMs) => dispatcher.waitForIdle(timeoutMs),
    hostedPageUrl: (sessionId) => hostedPageUrl(core.render, sessionId),
    reset: () => {
      for (const timer of settlementTimers) clearTimeout(timer);
      settlementTimers.clear();
      core.state = emptyState();
      dispatcher.clear();
      scheduleSave();
    },
    close: async () => {
      dispatcher.close();
      for (const timer of settlementTimers) clearTimeout(timer);
      settlementTimers.clear();
      if (saveTimer) {
        clearTimeout(saveTimer);
        saveTimer = null;
      }
      persist();
      await saving;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return emulator;
}
