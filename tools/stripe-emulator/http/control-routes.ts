import type { IncomingMessage, ServerResponse } from "node:http";
import { API_VERSION, type EmulatorCore } from "../core/emulator-core";
import { DELIVERY_ORDERS, type DeliveryOrder, type WebhookSettings } from "../events/webhooks";
import type { StripeEmulator } from "../start-stripe-emulator";
import { numberField, parseJsonObject, stringField } from "./json-body";
import { HttpError, readBody, sendJson } from "./responses";
import { findRoute, type Route, route } from "./router";

/*
 * `/_emulator/...`: the test controls (no auth, JSON bodies). Each route hands off to the same
 * StripeEmulator method a test calls in-process, so the two cannot drift apart.
 */

export interface ControlHost {
  emulator: StripeEmulator;
  core: EmulatorCore;
  webhook: WebhookSettings;
}

interface ControlCall extends ControlHost {
  body: Record<string, unknown>;
}

/** The webhook settings without the secret. */
function publicWebhook(webhook: WebhookSettings) {
  return { ...webhook, secret: undefined };
}

function isDeliveryOrder(value: string): value is DeliveryOrder {
  return DELIVERY_ORDERS.some((order) => order === value);
}

const CONTROL_ROUTES: readonly Route<ControlCall>[] = [
  route("GET /_emulator", ({ core, webhook }: ControlCall) => ({
    apiVersion: API_VERSION,
    now: core.now(),
    clockOffsetSeconds: core.state.clockOffsetSeconds,
    settlementCurrency: core.config.settlementCurrency,
    balanceTransactions: {
      late: core.config.lateBalanceTransactions,
      delayMs: core.config.balanceTransactionDelayMs,
    },
    webhook: publicWebhook(webhook),
    counts: Object.fromEntries(
      Object.entries(core.state).map(([key, value]) => [
        key,
        typeof value === "object" ? Object.keys(value).length : value,
      ]),
    ),
  })),
  route("GET /_emulator/clock", ({ core }: ControlCall) => ({
    now: core.now(),
    clockOffsetSeconds: core.state.clockOffsetSeconds,
  })),
  route("POST /_emulator/clock/advance", ({ emulator, body }: ControlCall) => ({
    now: emulator.advanceClock({
      days: numberField(body, "days"),
      seconds: numberField(body, "seconds"),
    }),
  })),
  route("POST /_emulator/charges/:id/dispute", ({ emulator, body }: ControlCall, id) =>
    emulator.openDispute(id, {
      amount: numberField(body, "amount"),
      reason: stringField(body, "reason"),
    }),
  ),
  route("POST /_emulator/disputes/:id/close", ({ emulator, body }: ControlCall, id) => {
    const outcome = stringField(body, "outcome") ?? "lost";
    if (outcome !== "won" && outcome !== "lost")
      throw new HttpError(400, "outcome must be won or lost");
    return emulator.closeDispute(id, outcome);
  }),
  route("POST /_emulator/payments/settle", ({ emulator, body }: ControlCall) => ({
    settled: emulator.settleDelayedPayments(stringField(body, "payment_intent")),
  })),
  route("POST /_emulator/balance-transactions", ({ emulator, core, body }: ControlCall) => {
    if (body.late !== undefined && typeof body.late !== "boolean") {
      throw new HttpError(400, "late must be true or false");
    }
    const delayMs = body.delayMs === null ? null : numberField(body, "delayMs");
    if (typeof delayMs === "number" && delayMs < 0) {
      throw new HttpError(400, "delayMs must be 0 or more, or null (only on request)");
    }
    emulator.configureBalanceTransactions({
      ...(typeof body.late === "boolean" ? { late: body.late } : {}),
      ...(delayMs !== undefined ? { delayMs } : {}),
    });
    return {
      late: core.config.lateBalanceTransactions,
      delayMs: core.config.balanceTransactionDelayMs,
    };
  }),
  route("POST /_emulator/balance-transactions/release", ({ emulator, body }: ControlCall) => ({
    released: emulator.releaseBalanceTransactions(stringField(body, "charge")),
  })),
  route(
    "POST /_emulator/checkout/sessions/:id/late-balance-transactions",
    ({ emulator }: ControlCall, id) => {
      emulator.delayBalanceTransactions(id);
      return { session: id, lateBalanceTransactions: true };
    },
  ),
  route("POST /_emulator/refunds/:id/fail", ({ emulator }: ControlCall, id) =>
    emulator.failRefund(id),
  ),
  route("GET /_emulator/deliveries", ({ emulator }: ControlCall) => ({
    deliveries: emulator.deliveries(),
  })),
  route("POST /_emulator/deliveries/wait", async ({ emulator, body }: ControlCall) => {
    await emulator.waitForDeliveries(numberField(body, "timeoutMs") ?? 30_000);
    return { deliveries: emulator.deliveries() };
  }),
  route("POST /_emulator/webhook", ({ emulator, webhook, body }: ControlCall) => {
    const order = stringField(body, "deliveryOrder");
    if (order !== undefined && !isDeliveryOrder(order)) {
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
    return { webhook: publicWebhook(webhook) };
  }),
  route("POST /_emulator/reset", ({ emulator }: ControlCall) => {
    emulator.reset();
    return { reset: true };
  }),
];

export async function handleControlRequest(
  host: ControlHost,
  request: IncomingMessage,
  response: ServerResponse,
  segments: readonly string[],
): Promise<void> {
  const method = request.method ?? "GET";
  const body = method === "POST" ? parseJsonObject(await readBody(request)) : {};
  // Object ids (they contain "_") stand for ":id"; other segments are literal.
  const found = findRoute(CONTROL_ROUTES, method, segments, (segment) => segment.includes("_"));
  if (!found) {
    throw new HttpError(404, `Unknown emulator control route: ${method} /${segments.join("/")}`);
  }
  const result = await found.route.handle({ ...host, body }, found.id);
  sendJson(response, 200, JSON.stringify(result, null, 2));
}
