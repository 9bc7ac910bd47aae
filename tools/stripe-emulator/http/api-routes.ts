import { billingRoutes } from "../billing/billing-routes";
import { portalRoutes } from "../billing-portal/portal-routes";
import { checkoutSessionRoutes } from "../checkout-sessions/checkout-session-routes";
import { OBJECT_KINDS } from "../core/object-kinds";
import { disputeRoutes } from "../disputes/dispute-routes";
import { resourceMissing, StripeApiError } from "../errors";
import { eventRoutes } from "../events/event-routes";
import { paymentRoutes } from "../payments/payment-routes";
import { refundRoutes } from "../refunds/refund-routes";
import type { ApiCall, ApiRoute } from "./api-route";
import { route } from "./router";

/** `GET /v1/<name>s/:id` for every kind of object; an id of another kind is a 404. */
const retrieveRoutes: ApiRoute[] = OBJECT_KINDS.filter((kind) => kind.retrievable).map((kind) =>
  route(`GET /v1/${kind.name}s/:id`, ({ core }: ApiCall, id) => {
    if (!id.startsWith(kind.prefix)) throw resourceMissing(kind.name, id);
    return kind.render(core.render, id);
  }),
);

/** The `/v1/...` routes: the slice of Stripe's API the app uses, one table per resource. */
export const API_ROUTES: readonly ApiRoute[] = [
  ...retrieveRoutes,
  ...checkoutSessionRoutes,
  ...paymentRoutes,
  ...refundRoutes,
  ...disputeRoutes,
  ...billingRoutes,
  ...portalRoutes,
  ...eventRoutes,
];

export function unrecognized(method: string, segments: readonly string[]): StripeApiError {
  return new StripeApiError(404, {
    type: "invalid_request_error",
    message: `Unrecognized request URL (${method}: /${segments.join("/")}). The Stripe emulator covers only the part of the API this app uses; see docs/stripe-emulator.md.`,
  });
}
