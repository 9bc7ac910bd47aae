import type { IncomingMessage } from "node:http";
import { StripeApiError } from "../errors";

/** `Authorization: Bearer sk_test_...` (or Basic with the key as user name), like Stripe. */
export function checkApiKey(request: IncomingMessage): StripeApiError | null {
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
