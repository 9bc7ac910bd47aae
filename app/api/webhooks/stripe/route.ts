// Stripe's webhook endpoint. Verifies the signature on the raw body (and its timestamp: older than
// 300 s is refused) with the SDK, then hands the event to lib/donations, which records it exactly
// once. 400: not from Stripe, nothing written. 503: the database could not answer (down, or past
// its timeouts), so Stripe retries later; 500: any other failure, which Stripe retries as well.
// 2xx: recorded, a duplicate, or an event type we do not use. 413: larger than any Stripe event
// (MAX_STRIPE_EVENT_BYTES), read no further.
import Stripe from "stripe";
import { isDatabaseUnavailable } from "@/lib/database/is-database-unavailable";
import { handleStripeEvent } from "@/lib/donations/handle-stripe-event";
import { MAX_STRIPE_EVENT_BYTES } from "@/lib/donations/stripe-event-size";
import { payloadTooLarge, readCappedBody } from "@/lib/http/read-capped-body";
import { log } from "@/lib/log";
import { StripeNotConfiguredError, webhookSecret } from "@/lib/stripe";

export async function POST(request: Request): Promise<Response> {
  const read = await readCappedBody(request, MAX_STRIPE_EVENT_BYTES);
  if (!read.ok) return payloadTooLarge("This is larger than any Stripe event.");
  const payload = read.text;
  let event: Stripe.Event;
  try {
    const signature = request.headers.get("stripe-signature") ?? "";
    event = Stripe.webhooks.constructEvent(payload, signature, webhookSecret());
  } catch (error) {
    if (error instanceof StripeNotConfiguredError) {
      return Response.json({ error: "Donations are not configured." }, { status: 503 });
    }
    return Response.json({ error: "The Stripe signature did not verify." }, { status: 400 });
  }
  try {
    const outcome = await handleStripeEvent(event);
    if (outcome === "unusable") {
      // Signed by Stripe, so acknowledged (a 4xx or 5xx would bring three days of retries), but
      // someone should look at why it could not be used.
      log.warn(
        { eventType: String(event?.type).slice(0, 100) },
        "stripe webhook: acknowledged an event it cannot use",
      );
    }
    return Response.json({ received: true, outcome });
  } catch (error) {
    log.error(
      { err: error, eventId: event?.id, eventType: event?.type },
      "stripe webhook: could not handle the event; Stripe will retry",
    );
    const unavailable = isDatabaseUnavailable(error);
    return Response.json(
      { error: "The event could not be recorded; retry later." },
      unavailable ? { status: 503, headers: { "Retry-After": "30" } } : { status: 500 },
    );
  }
}
