import type { IncomingMessage, ServerResponse } from "node:http";
import { API_VERSION, type EmulatorCore } from "../core/emulator-core";
import { invalidRequest, StripeApiError } from "../errors";
import { checkExpandDepth, expand } from "../expand";
import { expandParam, parseFormParams } from "../form-params";
import { checkExpandable } from "../params/check-expand";
import { checkParams } from "../params/check-params";
import { checkApiKey } from "./api-key";
import { API_ROUTES, unrecognized } from "./api-routes";
import { findReplay, rememberResponse } from "./idempotency";
import { errorJson, readBody, sendJson } from "./responses";
import { findRoute } from "./router";

/**
 * One `/v1/...` request: the API key, the form (or query) parameters, an idempotent replay,
 * then the route; the answer is the rendered object with `expand[]` applied.
 */
export async function handleApiRequest(
  core: EmulatorCore,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requestId: string,
): Promise<void> {
  const headers = { "request-id": requestId, "stripe-version": API_VERSION };
  const authError = checkApiKey(request);
  if (authError)
    return sendJson(response, authError.status, errorJson(authError, requestId), headers);
  const requested = request.headers["stripe-version"]?.toString();
  if (requested !== undefined && requested !== API_VERSION) {
    // Stripe would answer in the shapes of the version asked for; the emulator has only one.
    const error = invalidRequest(
      `The Stripe emulator speaks API version ${API_VERSION} only (the version the stripe package pins); this request asked for ${requested}.`,
    );
    return sendJson(response, error.status, errorJson(error, requestId), headers);
  }
  const method = request.method ?? "GET";
  const params = parseFormParams(method === "POST" ? await readBody(request) : url.search.slice(1));
  const key = method === "POST" ? (request.headers["idempotency-key"]?.toString() ?? null) : null;
  const idempotent = key ? { key, method, path: url.pathname, params } : null;

  if (idempotent) {
    const saved = findReplay(core, idempotent);
    if (saved instanceof StripeApiError)
      return sendJson(response, saved.status, errorJson(saved, requestId), headers);
    if (saved) {
      return sendJson(response, saved.status, saved.body, {
        ...headers,
        "idempotent-replayed": "true",
        "original-request": saved.key,
      });
    }
  }

  const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const found = findRoute(API_ROUTES, method, segments);
  if (!found) throw unrecognized(method, segments);
  checkParams(found.route.pattern, params);
  checkExpandDepth(expandParam(params));
  checkExpandable(found.route.pattern, expandParam(params));
  const context = { requestId, idempotencyKey: key };
  const result = found.route.handle({ core, params, context }, found.id);
  const text = JSON.stringify(expand(core.render, result, expandParam(params)), null, 2);
  if (idempotent) rememberResponse(core, idempotent, text);
  sendJson(response, 200, text, headers);
}
