import type { IncomingMessage, ServerResponse } from "node:http";
import type { StripeApiError } from "../errors";

/** An error outside Stripe's API (control routes, the hosted page): a status and a message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 1_000_000;

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "Request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function sendJson(
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

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    // No scripts at all, and nothing from elsewhere: the page must stand on its own.
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; base-uri 'none'",
  });
  response.end(html);
}

/** Stripe's error body, with the dashboard log link Stripe adds. */
export function errorJson(error: StripeApiError, requestId: string): string {
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
