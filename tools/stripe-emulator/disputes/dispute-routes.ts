import { type ApiCall, type ApiRoute, listRoute } from "../http/api-route";
import { route } from "../http/router";
import { closeDispute } from "./disputes";
import { renderDispute } from "./render-dispute";

export const disputeRoutes: ApiRoute[] = [
  listRoute("/v1/disputes", (state) => state.disputes, renderDispute, {
    charge: "chargeId",
    payment_intent: "paymentIntentId",
  }),
  // Closing through the API concedes the dispute, as on Stripe.
  route("POST /v1/disputes/:id/close", ({ core, context }: ApiCall, id) =>
    renderDispute(core.render, closeDispute(core, id, "lost", context)),
  ),
];
