import type { EmulatorCore, RequestContext } from "./core";
import { createCheckoutSession } from "./create-checkout-session";
import { invalidRequest, resourceMissing, StripeApiError } from "./errors";
import { type FormObject, metadataParam, optionalString } from "./form-params";
import {
  renderBalanceTransaction,
  renderById,
  renderCharge,
  renderCustomer,
  renderDispute,
  renderInvoice,
  renderInvoicePayment,
  renderLineItems,
  renderPaymentIntent,
  renderRefund,
  renderSession,
  renderSubscription,
} from "./render";

/*
 * The `/v1/...` routes: the slice of Stripe's API the app uses. Each returns a rendered Stripe
 * object (or list); the server applies `expand[]` and writes JSON.
 */

export interface ApiRequest {
  method: string;
  segments: string[];
  params: FormObject;
  context: RequestContext;
}

interface Listed {
  id: string;
  created: number;
}

function paginate<T extends Listed, R>(
  records: T[],
  params: FormObject,
  url: string,
  render: (record: T) => R,
) {
  const limitText = optionalString(params, "limit");
  const limit = limitText === undefined ? 10 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw invalidRequest("This value must be between 1 and 100.", "limit");
  }
  // Newest first, as Stripe lists; records created in the same second keep insertion order.
  const ordered = records.map((record, index) => ({ record, index }));
  ordered.sort((a, b) => b.record.created - a.record.created || b.index - a.index);
  let start = 0;
  const startingAfter = optionalString(params, "starting_after");
  if (startingAfter !== undefined) {
    const position = ordered.findIndex(({ record }) => record.id === startingAfter);
    if (position === -1)
      throw invalidRequest(
        `No such object: '${startingAfter}'`,
        "starting_after",
        "resource_missing",
      );
    start = position + 1;
  }
  const page = ordered.slice(start, start + limit);
  return {
    object: "list" as const,
    data: page.map(({ record }) => render(record)),
    has_more: start + limit < ordered.length,
    url,
  };
}

function matches(value: string | null, filter: string | undefined): boolean {
  return filter === undefined || value === filter;
}

function retrieve(core: EmulatorCore, prefix: string, objectName: string, id: string): object {
  if (!id.startsWith(prefix)) throw resourceMissing(objectName, id);
  return renderById(core.render, id);
}

function booleanParam(params: FormObject, name: string): boolean | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  if (value !== "true" && value !== "false")
    throw invalidRequest(`Invalid boolean: ${value}`, name);
  return value === "true";
}

function integerOrNull(params: FormObject, name: string): number | null {
  const value = optionalString(params, name);
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, name);
  const amount = Number(value);
  if (amount < 1) throw invalidRequest("This value must be greater than or equal to 1.", name);
  return amount;
}

/** Runs one API request; returns the object to send (before expansion). */
export function handleApiRequest(core: EmulatorCore, request: ApiRequest): unknown {
  const { method, params, context } = request;
  // `/v1/checkout/sessions/...` arrives as ["checkout", "sessions", id?, action?].
  if (request.segments[0] === "checkout") {
    const [, collection, sessionId, sessionAction, ...extra] = request.segments;
    if (collection !== "sessions" || extra.length > 0) throw unrecognized(method, request.segments);
    return handleSessions(core, method, sessionId, sessionAction, params, context);
  }
  const [resource, id, action, ...rest] = request.segments;
  if (rest.length > 0) throw unrecognized(method, request.segments);
  const ctx = core.render;
  const state = core.state;
  const route = `${method} ${[resource, id === undefined ? undefined : ":id", action].filter(Boolean).join("/")}`;

  switch (route) {
    case "GET payment_intents/:id":
      return retrieve(core, "pi_", "payment_intent", id ?? "");
    case "GET payment_intents":
      return paginate(
        Object.values(state.paymentIntents).filter((pi) =>
          matches(pi.customerId, optionalString(params, "customer")),
        ),
        params,
        "/v1/payment_intents",
        (pi) => renderPaymentIntent(ctx, pi),
      );
    case "GET charges/:id":
      return retrieve(core, "ch_", "charge", id ?? "");
    case "GET charges":
      return paginate(
        Object.values(state.charges).filter(
          (charge) =>
            matches(charge.paymentIntentId, optionalString(params, "payment_intent")) &&
            matches(charge.customerId, optionalString(params, "customer")),
        ),
        params,
        "/v1/charges",
        (charge) => renderCharge(ctx, charge),
      );
    case "GET charges/:id/refunds": {
      retrieve(core, "ch_", "charge", id ?? "");
      return paginate(
        Object.values(state.refunds).filter((refund) => refund.chargeId === id),
        params,
        `/v1/charges/${id}/refunds`,
        renderRefund,
      );
    }
    case "GET balance_transactions/:id":
      return retrieve(core, "txn_", "balance_transaction", id ?? "");
    case "GET balance_transactions":
      return paginate(
        Object.values(state.balanceTransactions).filter((txn) =>
          matches(txn.sourceId, optionalString(params, "source")),
        ),
        params,
        "/v1/balance_transactions",
        (txn) => renderBalanceTransaction(ctx, txn),
      );
    case "POST refunds": {
      const reason = optionalString(params, "reason") ?? null;
      if (
        reason !== null &&
        reason !== "duplicate" &&
        reason !== "fraudulent" &&
        reason !== "requested_by_customer"
      ) {
        throw invalidRequest(
          "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer",
          "reason",
        );
      }
      return renderRefund(
        core.createRefund(
          {
            chargeId: optionalString(params, "charge") ?? null,
            paymentIntentId: optionalString(params, "payment_intent") ?? null,
            amount: integerOrNull(params, "amount"),
            reason,
            metadata: metadataParam(params, "metadata"),
          },
          context,
        ),
      );
    }
    case "GET refunds/:id":
      return retrieve(core, "re_", "refund", id ?? "");
    case "GET refunds":
      return paginate(
        Object.values(state.refunds).filter(
          (refund) =>
            matches(refund.chargeId, optionalString(params, "charge")) &&
            matches(refund.paymentIntentId, optionalString(params, "payment_intent")),
        ),
        params,
        "/v1/refunds",
        renderRefund,
      );
    case "GET invoices/:id":
      return retrieve(core, "in_", "invoice", id ?? "");
    case "GET invoices":
      return paginate(
        Object.values(state.invoices).filter(
          (invoice) =>
            matches(invoice.subscriptionId, optionalString(params, "subscription")) &&
            matches(invoice.customerId, optionalString(params, "customer")) &&
            matches(invoice.status, optionalString(params, "status")),
        ),
        params,
        "/v1/invoices",
        (invoice) => renderInvoice(ctx, invoice),
      );
    case "GET invoice_payments/:id":
      return retrieve(core, "inpay_", "invoice_payment", id ?? "");
    case "GET invoice_payments": {
      const byIntent = optionalString(params, "payment", "payment_intent");
      return paginate(
        Object.values(state.invoices).filter(
          (invoice) =>
            matches(invoice.id, optionalString(params, "invoice")) &&
            matches(invoice.paymentIntentId, byIntent),
        ),
        params,
        "/v1/invoice_payments",
        renderInvoicePayment,
      );
    }
    case "GET subscriptions/:id":
      return retrieve(core, "sub_", "subscription", id ?? "");
    case "GET subscriptions": {
      const status = optionalString(params, "status");
      return paginate(
        Object.values(state.subscriptions).filter(
          (subscription) =>
            matches(subscription.customerId, optionalString(params, "customer")) &&
            (status === "all" ||
              (status === undefined
                ? subscription.status !== "canceled"
                : subscription.status === status)),
        ),
        params,
        "/v1/subscriptions",
        (subscription) => renderSubscription(ctx, subscription),
      );
    }
    case "POST subscriptions/:id": {
      const description = optionalString(params, "description");
      return renderSubscription(
        ctx,
        core.updateSubscription(
          id ?? "",
          {
            cancelAtPeriodEnd: booleanParam(params, "cancel_at_period_end"),
            metadata: params.metadata === undefined ? undefined : metadataParam(params, "metadata"),
            description: description === undefined ? undefined : description || null,
          },
          context,
        ),
      );
    }
    case "DELETE subscriptions/:id":
      return renderSubscription(ctx, core.cancelSubscription(id ?? "", context));
    case "GET customers/:id":
      return retrieve(core, "cus_", "customer", id ?? "");
    case "GET customers":
      return paginate(
        Object.values(state.customers).filter((customer) =>
          matches(customer.email, optionalString(params, "email")),
        ),
        params,
        "/v1/customers",
        renderCustomer,
      );
    case "GET disputes/:id":
      return retrieve(core, "dp_", "dispute", id ?? "");
    case "GET disputes":
      return paginate(
        Object.values(state.disputes).filter(
          (dispute) =>
            matches(dispute.chargeId, optionalString(params, "charge")) &&
            matches(dispute.paymentIntentId, optionalString(params, "payment_intent")),
        ),
        params,
        "/v1/disputes",
        (dispute) => renderDispute(ctx, dispute),
      );
    case "POST disputes/:id/close":
      return renderDispute(ctx, core.closeDispute(id ?? "", "lost", context));
    case "GET events/:id": {
      const event = state.events[id ?? ""];
      if (!event) throw resourceMissing("event", id ?? "");
      return JSON.parse(event.json);
    }
    case "GET events": {
      const type = optionalString(params, "type");
      const list = paginate(
        Object.values(state.events).filter((event) => matches(event.type, type)),
        params,
        "/v1/events",
        (event) => event.json,
      );
      return { ...list, data: list.data.map((json) => JSON.parse(json)) };
    }
    case "GET payment_methods/:id":
      return retrieve(core, "pm_", "payment_method", id ?? "");
    case "GET prices/:id":
      return retrieve(core, "price_", "price", id ?? "");
    case "GET products/:id":
      return retrieve(core, "prod_", "product", id ?? "");
    default:
      throw unrecognized(method, request.segments);
  }
}

function handleSessions(
  core: EmulatorCore,
  method: string,
  sessionId: string | undefined,
  action: string | undefined,
  params: FormObject,
  context: RequestContext,
): unknown {
  const ctx = core.render;
  if (sessionId === undefined) {
    if (method === "POST") return renderSession(ctx, createCheckoutSession(core, params));
    if (method === "GET") {
      return paginate(
        Object.values(core.state.sessions).filter(
          (session) =>
            matches(session.paymentIntentId, optionalString(params, "payment_intent")) &&
            matches(session.subscriptionId, optionalString(params, "subscription")) &&
            matches(session.customerId, optionalString(params, "customer")) &&
            matches(session.status, optionalString(params, "status")),
        ),
        params,
        "/v1/checkout/sessions",
        (session) => renderSession(ctx, session),
      );
    }
  } else if (action === undefined && method === "GET") {
    return renderSession(ctx, core.session(sessionId));
  } else if (action === "expire" && method === "POST") {
    return renderSession(ctx, core.expireSession(sessionId, context));
  } else if (action === "line_items" && method === "GET") {
    const list = renderLineItems(ctx, core.session(sessionId));
    return list;
  }
  throw unrecognized(method, [
    "checkout",
    "sessions",
    ...(sessionId ? [":id"] : []),
    ...(action ? [action] : []),
  ]);
}

function unrecognized(method: string, segments: string[]): StripeApiError {
  return new StripeApiError(404, {
    type: "invalid_request_error",
    message: `Unrecognized request URL (${method}: /v1/${segments.join("/")}). The Stripe emulator covers only the part of the API this app uses; see docs/stripe-emulator.md.`,
  });
}
