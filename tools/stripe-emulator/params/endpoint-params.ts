/*
 * Which of the `stripe` package's parameter types each `/v1` route the emulator serves takes:
 * "<file under stripe/cjs/resources>#<interface>". The parameter tree of every one is generated
 * from the package's own .d.ts files (generate-stripe-params.ts), so a parameter Stripe does not
 * know at this API version is refused as Stripe refuses it, at any depth, on every route.
 * `GET /v1/charges/:id/refunds` is older than the SDK's methods; it takes Stripe's list paging.
 */
export const ENDPOINT_PARAMS = {
  "POST /v1/checkout/sessions": "Checkout/Sessions#Checkout.SessionCreateParams",
  "GET /v1/checkout/sessions": "Checkout/Sessions#Checkout.SessionListParams",
  "GET /v1/checkout/sessions/:id": "Checkout/Sessions#Checkout.SessionRetrieveParams",
  "POST /v1/checkout/sessions/:id/expire": "Checkout/Sessions#Checkout.SessionExpireParams",
  "GET /v1/checkout/sessions/:id/line_items":
    "Checkout/Sessions#Checkout.SessionListLineItemsParams",
  "GET /v1/payment_intents": "PaymentIntents#PaymentIntentListParams",
  "GET /v1/payment_intents/:id": "PaymentIntents#PaymentIntentRetrieveParams",
  "GET /v1/charges": "Charges#ChargeListParams",
  "GET /v1/charges/:id": "Charges#ChargeRetrieveParams",
  "GET /v1/charges/:id/refunds": "shared#PaginationParams",
  "GET /v1/balance_transactions": "BalanceTransactions#BalanceTransactionListParams",
  "GET /v1/balance_transactions/:id": "BalanceTransactions#BalanceTransactionRetrieveParams",
  "POST /v1/refunds": "Refunds#RefundCreateParams",
  "GET /v1/refunds": "Refunds#RefundListParams",
  "GET /v1/refunds/:id": "Refunds#RefundRetrieveParams",
  "GET /v1/disputes": "Disputes#DisputeListParams",
  "GET /v1/disputes/:id": "Disputes#DisputeRetrieveParams",
  "POST /v1/disputes/:id/close": "Disputes#DisputeCloseParams",
  "GET /v1/invoices": "Invoices#InvoiceListParams",
  "GET /v1/invoices/:id": "Invoices#InvoiceRetrieveParams",
  "GET /v1/invoice_payments": "InvoicePayments#InvoicePaymentListParams",
  "GET /v1/invoice_payments/:id": "InvoicePayments#InvoicePaymentRetrieveParams",
  "GET /v1/subscriptions": "Subscriptions#SubscriptionListParams",
  "GET /v1/subscriptions/:id": "Subscriptions#SubscriptionRetrieveParams",
  "POST /v1/subscriptions/:id": "Subscriptions#SubscriptionUpdateParams",
  "DELETE /v1/subscriptions/:id": "Subscriptions#SubscriptionCancelParams",
  "GET /v1/customers": "Customers#CustomerListParams",
  "GET /v1/customers/:id": "Customers#CustomerRetrieveParams",
  "GET /v1/events": "Events#EventListParams",
  "GET /v1/events/:id": "Events#EventRetrieveParams",
  "GET /v1/payment_methods/:id": "PaymentMethods#PaymentMethodRetrieveParams",
  "GET /v1/prices/:id": "Prices#PriceRetrieveParams",
  "GET /v1/products/:id": "Products#ProductRetrieveParams",
  // The customer portal (billing-portal/).
  "POST /v1/billing_portal/configurations":
    "BillingPortal/Configurations#BillingPortal.ConfigurationCreateParams",
  "GET /v1/billing_portal/configurations":
    "BillingPortal/Configurations#BillingPortal.ConfigurationListParams",
  "GET /v1/billing_portal/configurations/:id":
    "BillingPortal/Configurations#BillingPortal.ConfigurationRetrieveParams",
  "POST /v1/billing_portal/sessions": "BillingPortal/Sessions#BillingPortal.SessionCreateParams",
} as const satisfies Record<string, string>;

export type EndpointPattern = keyof typeof ENDPOINT_PARAMS;

/**
 * What each route answers with ("list:" for a list), whose response types say which fields
 * `expand[]` may name (read-sdk-expandables.ts).
 */
export const ENDPOINT_RESPONSES = {
  "POST /v1/checkout/sessions": "Checkout/Sessions#Session",
  "GET /v1/checkout/sessions": "list:Checkout/Sessions#Session",
  "GET /v1/checkout/sessions/:id": "Checkout/Sessions#Session",
  "POST /v1/checkout/sessions/:id/expire": "Checkout/Sessions#Session",
  "GET /v1/checkout/sessions/:id/line_items": "list:LineItems#LineItem",
  "GET /v1/payment_intents": "list:PaymentIntents#PaymentIntent",
  "GET /v1/payment_intents/:id": "PaymentIntents#PaymentIntent",
  "GET /v1/charges": "list:Charges#Charge",
  "GET /v1/charges/:id": "Charges#Charge",
  "GET /v1/charges/:id/refunds": "list:Refunds#Refund",
  "GET /v1/balance_transactions": "list:BalanceTransactions#BalanceTransaction",
  "GET /v1/balance_transactions/:id": "BalanceTransactions#BalanceTransaction",
  "POST /v1/refunds": "Refunds#Refund",
  "GET /v1/refunds": "list:Refunds#Refund",
  "GET /v1/refunds/:id": "Refunds#Refund",
  "GET /v1/disputes": "list:Disputes#Dispute",
  "GET /v1/disputes/:id": "Disputes#Dispute",
  "POST /v1/disputes/:id/close": "Disputes#Dispute",
  "GET /v1/invoices": "list:Invoices#Invoice",
  "GET /v1/invoices/:id": "Invoices#Invoice",
  "GET /v1/invoice_payments": "list:InvoicePayments#InvoicePayment",
  "GET /v1/invoice_payments/:id": "InvoicePayments#InvoicePayment",
  "GET /v1/subscriptions": "list:Subscriptions#Subscription",
  "GET /v1/subscriptions/:id": "Subscriptions#Subscription",
  "POST /v1/subscriptions/:id": "Subscriptions#Subscription",
  "DELETE /v1/subscriptions/:id": "Subscriptions#Subscription",
  "GET /v1/customers": "list:Customers#Customer",
  "GET /v1/customers/:id": "Customers#Customer",
  "GET /v1/events": "list:Events#Event",
  "GET /v1/events/:id": "Events#Event",
  "GET /v1/payment_methods/:id": "PaymentMethods#PaymentMethod",
  "GET /v1/prices/:id": "Prices#Price",
  "GET /v1/products/:id": "Products#Product",
  "POST /v1/billing_portal/configurations": "BillingPortal/Configurations#Configuration",
  "GET /v1/billing_portal/configurations": "list:BillingPortal/Configurations#Configuration",
  "GET /v1/billing_portal/configurations/:id": "BillingPortal/Configurations#Configuration",
  "POST /v1/billing_portal/sessions": "BillingPortal/Sessions#Session",
} as const satisfies Record<EndpointPattern, string>;
