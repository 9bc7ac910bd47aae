import Stripe from "stripe";
import { renderPlan, renderPrice } from "../catalog/render-catalog";
import { list, type RenderContext, referenced, requireRecord } from "../core/render-context";
import type { CustomerRecord, InvoiceRecord, SubscriptionRecord } from "../state";

export function renderCustomer(ctx: RenderContext, customer: CustomerRecord): Stripe.Customer {
  return {
    id: customer.id,
    object: "customer",
    address: null,
    balance: 0,
    created: customer.created,
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email: customer.email,
    invoice_prefix: customer.id.slice(4, 12).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: ctx.livemode,
    metadata: customer.metadata,
    name: customer.name,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

function renderSubscriptionItem(
  ctx: RenderContext,
  subscription: SubscriptionRecord,
): Stripe.SubscriptionItem {
  const price = requireRecord(ctx.state.prices, subscription.priceId, "price");
  return {
    id: subscription.itemId,
    object: "subscription_item",
    billing_thresholds: null,
    created: subscription.created,
    current_period_end: subscription.currentPeriodEnd,
    current_period_start: subscription.currentPeriodStart,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: renderPlan(price),
    price: renderPrice(ctx, price),
    quantity: subscription.quantity,
    subscription: subscription.id,
    tax_rates: [],
  };
}

export function renderSubscription(
  ctx: RenderContext,
  subscription: SubscriptionRecord,
): Stripe.Subscription {
  return {
    id: subscription.id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: subscription.billingCycleAnchor,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "flexible", updated_at: subscription.created },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: subscription.cancelAtPeriodEnd ? subscription.currentPeriodEnd : null,
    cancel_at_period_end: subscription.cancelAtPeriodEnd,
    canceled_at: subscription.canceledAt,
    cancellation_details: {
      comment: null,
      feedback: null,
      feedback_option: null,
      reason: subscription.canceledAt === null ? null : "cancellation_requested",
    },
    collection_method: "charge_automatically",
    created: subscription.created,
    currency: subscription.currency,
    customer: subscription.customerId,
    customer_account: null,
    days_until_due: null,
    default_payment_method: subscription.defaultPaymentMethodId,
    default_source: null,
    default_tax_rates: [],
    description: subscription.description,
    discounts: [],
    ended_at: subscription.endedAt,
    invoice_settings: {
      account_tax_ids: null,
      custom_fields: null,
      description: null,
      footer: null,
      issuer: { type: "self" },
    },
    items: list(
      [renderSubscriptionItem(ctx, subscription)],
      `/v1/subscription_items?subscription=${subscription.id}`,
    ),
    latest_invoice: subscription.latestInvoiceId,
    livemode: ctx.livemode,
    managed_payments: null,
    metadata: subscription.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: null,
      save_default_payment_method: "off",
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: subscription.created,
    status: subscription.status,
    ...(subscription.status === "paused"
      ? {
          status_details: {
            paused: {
              subscription: { type: "pause_requested" },
              transitioned_at: subscription.pausedAt ?? subscription.currentPeriodStart,
              type: "subscription",
            },
          },
        }
      : {}),
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: {
      end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" },
    },
    trial_start: null,
  };
}

export function renderInvoicePayment(
  ctx: RenderContext,
  invoice: InvoiceRecord,
): Stripe.InvoicePayment {
  const paid = invoice.status === "paid";
  return {
    id: invoice.invoicePaymentId,
    object: "invoice_payment",
    amount_paid: paid ? invoice.amountPaid : null,
    amount_requested: invoice.amountDue,
    created: invoice.created,
    currency: invoice.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: ctx.livemode,
    payment: { type: "payment_intent", payment_intent: invoice.paymentIntentId ?? undefined },
    status: paid ? "paid" : "open",
    status_transitions: { canceled_at: null, paid_at: invoice.paidAt },
  };
}

function renderInvoiceLine(ctx: RenderContext, invoice: InvoiceRecord): Stripe.InvoiceLineItem {
  const price = requireRecord(ctx.state.prices, invoice.priceId, "price");
  const subscription = referenced(ctx.state.subscriptions, invoice.subscriptionId);
  return {
    id: invoice.lineId,
    object: "line_item",
    amount: invoice.amountDue,
    currency: invoice.currency,
    description: invoice.description,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoice.id,
    livemode: ctx.livemode,
    metadata: {},
    parent: subscription
      ? {
          type: "subscription_item_details",
          invoice_item_details: null,
          subscription_item_details: {
            invoice_item: null,
            proration: false,
            proration_details: null,
            subscription: subscription.id,
            subscription_item: subscription.itemId,
          },
        }
      : null,
    period: { start: invoice.periodStart, end: invoice.periodEnd },
    pretax_credit_amounts: [],
    pricing: {
      type: "price_details",
      price_details: { price: price.id, product: price.productId },
      unit_amount_decimal: Stripe.Decimal.from(price.unitAmount),
    },
    quantity: invoice.quantity,
    quantity_decimal: Stripe.Decimal.from(invoice.quantity),
    subscription: invoice.subscriptionId,
    subtotal: invoice.amountDue,
    taxes: [],
  };
}

export function renderInvoice(ctx: RenderContext, invoice: InvoiceRecord): Stripe.Invoice {
  const customer = requireRecord(ctx.state.customers, invoice.customerId, "customer");
  const subscription = referenced(ctx.state.subscriptions, invoice.subscriptionId);
  const paid = invoice.status === "paid";
  return {
    id: invoice.id,
    object: "invoice",
    account_country: "US",
    account_name: "Blue Heart (Stripe emulator)",
    account_tax_ids: null,
    amount_due: invoice.amountDue,
    amount_overpaid: 0,
    amount_paid: invoice.amountPaid,
    amount_remaining: invoice.amountDue - invoice.amountPaid,
    amount_shipping: 0,
    application: null,
    attempt_count: invoice.attemptCount,
    attempted: invoice.attemptCount > 0,
    auto_advance: !paid,
    automatic_tax: {
      disabled_reason: null,
      enabled: false,
      liability: null,
      provider: null,
      status: null,
    },
    automatically_finalizes_at: invoice.finalizesAt,
    billing_reason: invoice.billingReason,
    collection_method: "charge_automatically",
    created: invoice.created,
    currency: invoice.currency,
    custom_fields: null,
    customer: invoice.customerId,
    customer_account: null,
    customer_address: null,
    customer_email: invoice.customerEmail,
    customer_name: customer.name,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: invoice.description,
    discounts: [],
    due_date: null,
    effective_at: invoice.finalizedAt,
    ending_balance: invoice.finalizedAt === null ? null : 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url:
      invoice.status === "draft" ? null : `${ctx.publicUrl}/invoices/${invoice.id}`,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: list([renderInvoiceLine(ctx, invoice)], `/v1/invoices/${invoice.id}/lines`),
    livemode: ctx.livemode,
    metadata: {},
    // A draft with automatic collection is charged when it finalizes.
    next_payment_attempt: invoice.status === "draft" ? invoice.finalizesAt : null,
    number: invoice.number,
    on_behalf_of: null,
    parent: subscription
      ? {
          type: "subscription_details",
          quote_details: null,
          subscription_details: { metadata: subscription.metadata, subscription: subscription.id },
        }
      : null,
    payment_settings: {
      default_mandate: null,
      payment_method_options: null,
      payment_method_types: null,
    },
    period_end: invoice.periodEnd,
    period_start: invoice.periodStart,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: invoice.status,
    status_transitions: {
      finalized_at: invoice.finalizedAt,
      marked_uncollectible_at: null,
      paid_at: invoice.paidAt,
      voided_at: null,
    },
    subtotal: invoice.amountDue,
    subtotal_excluding_tax: invoice.amountDue,
    test_clock: null,
    total: invoice.amountDue,
    total_discount_amounts: [],
    total_excluding_tax: invoice.amountDue,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: invoice.created,
  };
}
