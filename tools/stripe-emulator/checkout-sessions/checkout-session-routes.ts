import { type ApiCall, type ApiRoute, listRoute } from "../http/api-route";
import { route } from "../http/router";
import { expireSession, findSession } from "./checkout-sessions";
import { createCheckoutSession } from "./create-checkout-session";
import { renderLineItems, renderSession } from "./render-checkout-session";

export const checkoutSessionRoutes: ApiRoute[] = [
  route("POST /v1/checkout/sessions", ({ core, params }: ApiCall) =>
    renderSession(core.render, createCheckoutSession(core, params)),
  ),
  listRoute("/v1/checkout/sessions", (state) => state.sessions, renderSession, {
    payment_intent: "paymentIntentId",
    subscription: "subscriptionId",
    customer: "customerId",
    status: "status",
  }),
  route("GET /v1/checkout/sessions/:id", ({ core }: ApiCall, id) =>
    renderSession(core.render, findSession(core, id)),
  ),
  route("POST /v1/checkout/sessions/:id/expire", ({ core, context }: ApiCall, id) =>
    renderSession(core.render, expireSession(core, id, context)),
  ),
  route("GET /v1/checkout/sessions/:id/line_items", ({ core }: ApiCall, id) =>
    renderLineItems(core.render, findSession(core, id)),
  ),
];
