import { booleanParam, metadataParam, optionalString } from "../form-params";
import { type ApiCall, type ApiRoute, listRoute } from "../http/api-route";
import { route } from "../http/router";
import type { SubscriptionRecord } from "../state";
import {
  renderCustomer,
  renderInvoice,
  renderInvoicePayment,
  renderSubscription,
} from "./render-billing";
import { cancelSubscription, updateSubscription } from "./subscriptions";

/** Without `status`, canceled subscriptions are left out; `status=all` lists every one. */
function hasListedStatus(subscription: SubscriptionRecord, status: string | undefined): boolean {
  if (status === "all") return true;
  return status === undefined ? subscription.status !== "canceled" : subscription.status === status;
}

export const billingRoutes: ApiRoute[] = [
  listRoute("/v1/invoices", (state) => state.invoices, renderInvoice, {
    subscription: "subscriptionId",
    customer: "customerId",
    status: "status",
  }),
  // One payment per invoice: the list reads the invoices.
  listRoute("/v1/invoice_payments", (s) => s.invoices, renderInvoicePayment, {
    invoice: "id",
    "payment[payment_intent]": "paymentIntentId",
  }),
  listRoute(
    "/v1/subscriptions",
    (state) => state.subscriptions,
    renderSubscription,
    { customer: "customerId" },
    (subscription, params) => hasListedStatus(subscription, optionalString(params, "status")),
  ),
  route("POST /v1/subscriptions/:id", ({ core, params, context }: ApiCall, id) => {
    const description = optionalString(params, "description");
    return renderSubscription(
      core.render,
      updateSubscription(
        core,
        id,
        {
          cancelAtPeriodEnd: booleanParam(params, "cancel_at_period_end"),
          metadata: params.metadata === undefined ? undefined : metadataParam(params, "metadata"),
          description: description === undefined ? undefined : description || null,
        },
        context,
      ),
    );
  }),
  route("DELETE /v1/subscriptions/:id", ({ core, context }: ApiCall, id) =>
    renderSubscription(core.render, cancelSubscription(core, id, context)),
  ),
  listRoute("/v1/customers", (state) => state.customers, renderCustomer, {
    email: "email",
  }),
];
