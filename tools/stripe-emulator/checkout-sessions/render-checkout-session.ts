import type Stripe from "stripe";
import { renderPrice } from "../catalog/render-catalog";
import { list, noAddress, type RenderContext, requireRecord } from "../core/render-context";
import { paymentMethodTypesFor } from "../payments/payment-method-types";
import type { SessionRecord } from "../state";

export function renderLineItems(
  ctx: RenderContext,
  session: SessionRecord,
): Stripe.ApiList<Stripe.LineItem> {
  const items = session.lineItems.map((item): Stripe.LineItem => {
    const price = requireRecord(ctx.state.prices, item.priceId, "price");
    const total = price.unitAmount * item.quantity;
    return {
      id: item.id,
      object: "item",
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: total,
      amount_tax: 0,
      amount_total: total,
      currency: price.currency,
      description: item.description,
      metadata: {},
      price: renderPrice(ctx, price),
      quantity: item.quantity,
    };
  });
  return list(items, `/v1/checkout/sessions/${session.id}/line_items`);
}

export function hostedPageUrl(ctx: RenderContext, sessionId: string): string {
  return `${ctx.publicUrl}/checkout/${sessionId}`;
}

export function renderSession(ctx: RenderContext, session: SessionRecord): Stripe.Checkout.Session {
  const isPayment = session.mode === "payment";
  return {
    id: session.id,
    object: "checkout.session",
    adaptive_pricing: { enabled: session.adaptivePricing },
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: session.amountTotal,
    amount_total: session.amountTotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: session.cancelUrl,
    client_reference_id: session.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: session.created,
    currency: session.currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: {
      after_submit: null,
      shipping_address: null,
      submit: null,
      terms_of_service_acceptance: null,
    },
    customer: session.customerId,
    customer_account: null,
    customer_creation: isPayment ? "if_required" : "always",
    customer_details: session.customerDetails
      ? {
          address: noAddress,
          business_name: null,
          email: session.customerDetails.email,
          individual_name: null,
          name: session.customerDetails.name,
          phone: null,
          tax_exempt: "none",
          tax_ids: [],
        }
      : null,
    customer_email: session.customerEmail,
    discounts: [],
    expires_at: session.expiresAt,
    integration_identifier: null,
    invoice: session.invoiceId,
    invoice_creation: isPayment
      ? {
          enabled: false,
          invoice_data: {
            account_tax_ids: null,
            custom_fields: null,
            description: null,
            footer: null,
            issuer: null,
            metadata: {},
            rendering_options: null,
          },
        }
      : null,
    livemode: ctx.livemode,
    locale: session.locale,
    managed_payments:
      session.managedPayments === null ? null : { enabled: session.managedPayments },
    metadata: session.metadata,
    mode: session.mode,
    origin_context: null,
    payment_intent: session.paymentIntentId,
    payment_link: null,
    payment_method_collection: isPayment ? null : "always",
    payment_method_configuration_details:
      session.paymentMethodConfiguration === null
        ? null
        : { id: session.paymentMethodConfiguration, parent: null },
    payment_method_options: {},
    payment_method_types: paymentMethodTypesFor(session.currency),
    payment_status: session.paymentStatus,
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: session.status,
    submit_type: session.submitType,
    subscription: session.subscriptionId,
    success_url: session.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: session.status === "open" ? hostedPageUrl(ctx, session.id) : null,
    wallet_options: null,
  };
}
