import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { API_VERSION } from "../core/emulator-core";
import { StripeApiError } from "../errors";
import { newRequestId } from "../ids";
import { errorJson, HttpError, sendJson } from "./responses";

/*
 * The HTTP server: one log line per request, the request handed to the part that owns its first
 * path segment, and every error answered in Stripe's shape (a 500 only for the emulator's own
 * bugs, logged with their stack).
 */

export interface RequestHandlers {
  /** Runs before every request. */
  beforeEach: () => void;
  /** By first path segment: "v1", "checkout", "_emulator". */
  byPrefix: ReadonlyMap<string, RequestHandler>;
}

export type RequestHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requestId: string,
) => Promise<void>;

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function answerError(
  error: unknown,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requestId: string,
  log: (line: string) => void,
): void {
  if (response.headersSent) return;
  if (error instanceof StripeApiError) {
    sendJson(response, error.status, errorJson(error, requestId), { "request-id": requestId });
    return;
  }
  if (error instanceof HttpError || error instanceof SyntaxError) {
    const status = error instanceof HttpError ? error.status : 400;
    const body = { error: { type: "invalid_request_error", message: error.message } };
    sendJson(response, status, JSON.stringify(body));
    return;
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

export async function startHttpHost(options: {
  port: number;
  host: string;
  log: (line: string) => void;
  handlers: RequestHandlers;
}): Promise<HttpHost> {
  const { log, handlers } = options;
  const server = createServer((request, response) => {
    const requestId = newRequestId();
    const url = new URL(request.url ?? "/", "http://emulator.invalid");
    const started = Date.now();
    response.on("finish", () =>
      log(`${request.method} ${url.pathname} ${response.statusCode} ${Date.now() - started}ms`),
    );
    void (async () => {
      try {
        handlers.beforeEach();
        const prefix = url.pathname.split("/").filter(Boolean)[0] ?? "";
        const handler = handlers.byPrefix.get(prefix);
        if (handler) return await handler(request, response, url, requestId);
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
        answerError(error, request, response, url, requestId, log);
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port =
    typeof address === "object" && address !== null ? (address satisfies AddressInfo).port : 0;
  const host = options.host;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
