import { type ApiRoute, listRoute } from "../http/api-route";
import { renderBalanceTransaction, renderCharge, renderPaymentIntent } from "./render-payments";

export const paymentRoutes: ApiRoute[] = [
  listRoute("/v1/payment_intents", (state) => state.paymentIntents, renderPaymentIntent, {
    customer: "customerId",
  }),
  listRoute("/v1/charges", (state) => state.charges, renderCharge, {
    payment_intent: "paymentIntentId",
    customer: "customerId",
  }),
  listRoute("/v1/balance_transactions", (s) => s.balanceTransactions, renderBalanceTransaction, {
    source: "sourceId",
  }),
];
