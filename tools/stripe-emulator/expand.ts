import { renderInvoicePayment } from "./billing/render-billing";
import { renderLineItems } from "./checkout-sessions/render-checkout-session";
import { renderById } from "./core/object-kinds";
import type { RenderContext } from "./core/render-context";
import { invalidRequest, StripeApiError } from "./errors";
import { chargeRefunds } from "./refunds/charge-refunds";
import { renderRefund } from "./refunds/render-refund";

/** The wire form of an API object. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Converts a rendered object to its wire form (Decimal fields become strings, as on the wire). */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") {
    if ("toJSON" in value && typeof value.toJSON === "function") return toJson(value.toJSON());
    const out: JsonObject = {};
    for (const [key, entry] of Object.entries(value)) {
      if (entry !== undefined) out[key] = toJson(entry);
    }
    return out;
  }
  return null;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Fields Stripe leaves out unless asked for with `expand[]` ("includable" fields). */
function includable(ctx: RenderContext, object: JsonObject, field: string): Json | undefined {
  const id = typeof object.id === "string" ? object.id : "";
  if (object.object === "checkout.session" && field === "line_items") {
    const session = ctx.state.sessions[id];
    return session ? toJson(renderLineItems(ctx, session)) : undefined;
  }
  if (object.object === "charge" && field === "refunds") {
    // Left out of charges since API version 2022-11-15; still there with `expand[]=refunds`.
    const refunds = chargeRefunds(ctx, id).map((refund) => toJson(renderRefund(ctx, refund)));
    return { object: "list", data: refunds, has_more: false, url: `/v1/charges/${id}/refunds` };
  }
  if (object.object === "invoice" && field === "payments") {
    const invoice = ctx.state.invoices[id];
    if (!invoice) return undefined;
    return {
      object: "list",
      data: [toJson(renderInvoicePayment(ctx, invoice))],
      has_more: false,
      url: "/v1/invoice_payments",
    };
  }
  return undefined;
}

const OBJECT_ID = /^[a-z]+_[A-Za-z0-9_]+$/;

/**
 * What a path may end on: an object's id (or a list of ids), a field left out unless asked for,
 * an object already expanded by another path, or null (an expandable field with nothing in it).
 * Not an object's own `id`, nor a plain value or a hash such as `metadata`.
 */
function isExpandable(field: string, value: Json | undefined, included: boolean): boolean {
  if (included || value === null) return true;
  if (field === "id") return false;
  if (typeof value === "string") return OBJECT_ID.test(value);
  if (Array.isArray(value))
    return value.every((entry) => typeof entry === "string" && OBJECT_ID.test(entry));
  return isObject(value) && typeof value.id === "string" && typeof value.object === "string";
}

function cannotExpand(fullPath: string) {
  return invalidRequest(`This property cannot be expanded (${fullPath}).`, "expand");
}

function expandPath(ctx: RenderContext, target: Json, segments: string[], fullPath: string): Json {
  const [field, ...rest] = segments;
  if (field === undefined) return target;
  if (Array.isArray(target))
    return target.map((entry) => expandPath(ctx, entry, segments, fullPath));
  if (!isObject(target)) return target;
  let value: Json | undefined = target[field];
  const included = value === undefined;
  if (value === undefined) value = includable(ctx, target, field);
  if (value === undefined) throw cannotExpand(fullPath);
  if (rest.length === 0 && !isExpandable(field, value, included)) throw cannotExpand(fullPath);
  if (typeof value === "string") {
    if (!OBJECT_ID.test(value)) throw cannotExpand(fullPath);
    value = toJson(renderById(ctx, value));
  } else if (Array.isArray(value) && rest.length === 0) {
    value = value.map((entry) =>
      typeof entry === "string" ? toJson(renderById(ctx, entry)) : entry,
    );
  }
  return { ...target, [field]: expandPath(ctx, value, rest, fullPath) };
}

/** Stripe's limit: "Expansions have a maximum depth of four levels". */
export const MAX_EXPAND_DEPTH = 4;

/** Refuses an `expand[]` path deeper than Stripe allows, before the request does anything. */
export function checkExpandDepth(paths: string[]): void {
  for (const path of paths) {
    if (path.split(".").length > MAX_EXPAND_DEPTH) {
      throw new StripeApiError(400, {
        type: "invalid_request_error",
        code: "property_expansion_max_depth",
        message: `You cannot expand more than ${MAX_EXPAND_DEPTH} levels of a property. Property: ${path}`,
        param: "expand",
      });
    }
  }
}

/** Applies `expand[]` paths (`payment_intent.latest_charge.balance_transaction`) to an object. */
export function expand(ctx: RenderContext, object: unknown, paths: string[]): Json {
  checkExpandDepth(paths);
  let result = toJson(object);
  for (const path of paths) result = expandPath(ctx, result, path.split("."), path);
  return result;
}
