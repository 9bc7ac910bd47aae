import type { EmulatorCore } from "../core/emulator-core";
import { StripeApiError } from "../errors";
import { type FormObject, fingerprint } from "../form-params";
import type { IdempotencyRecord } from "../state";

/*
 * Stripe's idempotent requests: a POST with an `Idempotency-Key` that ran is answered again from
 * its saved response for the same method, path and parameters; anything else under that key is
 * a 400 `idempotency_error`.
 */

export interface IdempotentRequest {
  key: string;
  method: string;
  path: string;
  params: FormObject;
}

/** The saved response to replay, an error for a reused key, or null when the key is new. */
export function findReplay(
  core: EmulatorCore,
  request: IdempotentRequest,
): IdempotencyRecord | StripeApiError | null {
  const saved = core.state.idempotency[request.key];
  if (!saved) return null;
  if (
    saved.method !== request.method ||
    saved.path !== request.path ||
    saved.fingerprint !== fingerprint(request.params)
  ) {
    return new StripeApiError(400, {
      type: "idempotency_error",
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${request.key}' if you meant to execute a different request.`,
    });
  }
  return saved;
}

/** Like Stripe, only requests that ran are remembered: a rejected request can be retried. */
export function rememberResponse(core: EmulatorCore, request: IdempotentRequest, body: string) {
  core.state.idempotency[request.key] = {
    key: request.key,
    method: request.method,
    path: request.path,
    fingerprint: fingerprint(request.params),
    status: 200,
    body,
    created: core.now(),
  };
  core.changed();
}
