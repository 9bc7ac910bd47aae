import Stripe from "stripe";
import { resourceMissing } from "./errors";
import type {
  BalanceTransactionRecord,
  ChargeRecord,
  CustomerRecord,
  DisputeRecord,
  EmulatorState,
  InvoiceRecord,
  PaymentIntentRecord,
  PaymentMethodRecord,
  PriceRecord,
  ProductRecord,
  RefundRecord,
  SessionRecord,
  SubscriptionRecord,
} from "./state";

/*
 * Renders the emulator's records as Stripe API objects. Every function returns the stripe
 * package's own type, so the compiler holds the emulator to the shape the SDK declares for the
 * pinned API version. Expandable fields are rendered as ids; expand.ts swaps in objects.
 */

export interface RenderContext {
  state: EmulatorState;
  /** Base URL of the emulator, for hosted page and receipt links. */
  publicUrl: string;
  /** Emulator time, unix seconds. */
  now: number;
}

const noAddress: Stripe.Address = {
  city: null,
  country: null,
  line1: null,
  line2: null,
  postal_code: null,
  state: null,
};

function get<T>(table: Record<string, T>, id: string, objectName: string): T {
  const record = table[id];
  if (record === undefined) throw resourceMissing(objectName, id);
  return record;
}

function list<T>(data: T[], url: string): Stripe.ApiList<T> {
  return { object: "list", data, has_more: false, url };
}

export function renderProduct(product: ProductRecord): Stripe.Product {
  return {
    id: product.id,
    object: "product",
    active: true,
    created: product.created,
    default_price: null,
    description: product.description,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    name: product.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: product.created,
    url: null,
  };
}

export function renderPrice(price: PriceRecord): Stripe.Price {
  return {
    id: price.id,
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: price.productId,
    recurring: price.recurring
      ? {
          interval: price.recurring.interval,
          interval_count: price.recurring.intervalCount,
          meter: null,
          trial_period_days: null,
          usage_type: "licensed",
        }
      : null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: price.recurring ? "recurring" : "one_time",
    unit_amount: price.unitAmount,
    unit_amount_decimal: Stripe.Decimal.from(price.unitAmount),
  };
}

function renderPlan(price: PriceRecord): Stripe.Plan {
  return {
    id: price.id,
    object: "plan",
    active: false,
    amount: price.unitAmount,
    amount_decimal: Stripe.Decimal.from(price.unitAmount),
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
    interval_count: price.recurring?.intervalCount ?? 1,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: null,
    product: price.productId,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}

export function renderLineItems(
  ctx: RenderContext,
  session: SessionRecord,
): Stripe.ApiList<Stripe.LineItem> {
  const items = session.lineItems.map((item): Stripe.LineItem => {
    const price = get(ctx.state.prices, item.priceId, "price");
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
      price: renderPrice(price),
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
    adaptive_pricing: { enabled: false },
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
    livemode: false,
    locale: session.locale,
    managed_payments: null,
    metadata: session.metadata,
    mode: session.mode,
    origin_context: null,
    payment_intent: session.paymentIntentId,
    payment_link: null,
    payment_method_collection: isPayment ? null : "always",
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ["card", "sepa_debit"],
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

export function renderCustomer(customer: CustomerRecord): Stripe.Customer {
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
    livemode: false,
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

function renderPaymentError(
  intent: PaymentIntentRecord,
  method: PaymentMethodRecord | undefined,
): Stripe.PaymentIntent.LastPaymentError | null {
  const error = intent.lastPaymentError;
  if (!error) return null;
  return {
    type: error.type,
    code: error.code,
    ...(error.declineCode ? { decline_code: error.declineCode } : {}),
    message: error.message,
    doc_url: `https://stripe.com/docs/error-codes/${error.code.replaceAll("_", "-")}`,
    ...(method ? { payment_method: renderPaymentMethod(method) } : {}),
  };
}

export function renderPaymentMethod(method: PaymentMethodRecord): Stripe.PaymentMethod {
  return {
    id: method.id,
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: {
      address: noAddress,
      email: method.billingEmail,
      name: method.billingName,
      phone: null,
      tax_id: null,
    },
    created: method.created,
    customer: method.customerId,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: method.type,
    ...(method.card
      ? {
          card: {
            brand: method.card.brand,
            checks: {
              address_line1_check: null,
              address_postal_code_check: null,
              cvc_check: "pass",
            },
            country: method.card.country,
            display_brand: method.card.brand,
            exp_month: method.card.expMonth,
            exp_year: method.card.expYear,
            fingerprint: `fp${method.card.last4}${method.card.brand}`,
            funding: method.card.funding,
            generated_from: null,
            last4: method.card.last4,
            networks: { available: [method.card.brand], preferred: null },
            regulated_status: "unregulated",
            three_d_secure_usage: { supported: true },
            wallet: null,
          },
        }
      : {}),
    ...(method.sepaDebit
      ? {
          sepa_debit: {
            bank_code: method.sepaDebit.bankCode,
            branch_code: null,
            country: method.sepaDebit.country,
            fingerprint: `fp${method.sepaDebit.last4}sepa`,
            generated_from: null,
            last4: method.sepaDebit.last4,
          },
        }
      : {}),
  };
}

export function renderPaymentIntent(
  ctx: RenderContext,
  intent: PaymentIntentRecord,
): Stripe.PaymentIntent {
  const method = intent.paymentMethodId
    ? ctx.state.paymentMethods[intent.paymentMethodId]
    : undefined;
  return {
    id: intent.id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: intent.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: intent.status === "succeeded" ? intent.amount : 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: intent.canceledAt,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: `${intent.id}_secret_${intent.id.slice(3, 15)}`,
    confirmation_method: "automatic",
    created: intent.created,
    currency: intent.currency,
    customer: intent.customerId,
    customer_account: null,
    description: intent.description,
    excluded_payment_method_types: null,
    last_payment_error: renderPaymentError(intent, method),
    latest_charge: intent.latestChargeId,
    livemode: false,
    managed_payments: null,
    metadata: intent.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: intent.paymentMethodId,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: intent.paymentMethodTypes,
    payment_record: null,
    processing: null,
    receipt_email: intent.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: intent.status,
    transfer_data: null,
    transfer_group: null,
  };
}

export function chargeRefunds(ctx: RenderContext, chargeId: string): RefundRecord[] {
  return Object.values(ctx.state.refunds)
    .filter((refund) => refund.chargeId === chargeId)
    .sort((a, b) => b.created - a.created);
}

/** Refunded so far: pending and succeeded refunds count, failed and canceled ones do not. */
export function amountRefunded(ctx: RenderContext, chargeId: string): number {
  return chargeRefunds(ctx, chargeId)
    .filter((refund) => refund.status === "pending" || refund.status === "succeeded")
    .reduce((sum, refund) => sum + refund.amount, 0);
}

function chargeMethodDetails(
  method: PaymentMethodRecord,
  amount: number,
): Stripe.Charge.PaymentMethodDetails {
  if (method.card) {
    return {
      type: "card",
      card: {
        amount_authorized: amount,
        authorization_code: "123456",
        brand: method.card.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
        country: method.card.country,
        electronic_commerce_indicator: null,
        exp_month: method.card.expMonth,
        exp_year: method.card.expYear,
        fingerprint: `fp${method.card.last4}${method.card.brand}`,
        funding: method.card.funding,
        installments: null,
        last4: method.card.last4,
        mandate: null,
        network: method.card.brand,
        network_token: { used: false },
        network_transaction_id: "1234567890123456",
        regulated_status: "unregulated",
        three_d_secure: null,
        transaction_link_id: null,
        wallet: null,
      },
    };
  }
  return {
    type: "sepa_debit",
    sepa_debit: {
      bank_code: method.sepaDebit?.bankCode ?? null,
      branch_code: null,
      country: method.sepaDebit?.country ?? null,
      fingerprint: `fp${method.sepaDebit?.last4 ?? ""}sepa`,
      last4: method.sepaDebit?.last4 ?? null,
      mandate: null,
    },
  };
}

export function renderCharge(ctx: RenderContext, charge: ChargeRecord): Stripe.Charge {
  const method = get(ctx.state.paymentMethods, charge.paymentMethodId, "payment_method");
  const refunded = amountRefunded(ctx, charge.id);
  const succeeded = charge.status === "succeeded";
  const declined = charge.status === "failed";
  return {
    id: charge.id,
    object: "charge",
    amount: charge.amount,
    amount_captured: succeeded ? charge.amount : 0,
    amount_refunded: refunded,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: charge.balanceTransactionId,
    billing_details: {
      address: noAddress,
      email: method.billingEmail,
      name: method.billingName,
      phone: null,
      tax_id: null,
    },
    calculated_statement_descriptor: "BLUE HEART",
    captured: succeeded,
    created: charge.created,
    currency: charge.currency,
    customer: charge.customerId,
    description: charge.description,
    disputed: charge.disputed,
    failure_balance_transaction: null,
    failure_code: charge.failureCode,
    failure_message: charge.failureMessage,
    fraud_details: {},
    livemode: false,
    metadata: charge.metadata,
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: declined ? "declined_by_network" : "approved_by_network",
      reason: declined ? "generic_decline" : null,
      risk_level: "normal",
      risk_score: 20,
      seller_message: declined
        ? "The bank did not return any further details with this decline."
        : "Payment complete.",
      type: declined ? "issuer_declined" : "authorized",
    },
    paid: succeeded,
    payment_intent: charge.paymentIntentId,
    payment_method: charge.paymentMethodId,
    payment_method_details: chargeMethodDetails(method, charge.amount),
    receipt_email: charge.receiptEmail,
    receipt_number: null,
    receipt_url: `${ctx.publicUrl}/receipts/${charge.id}`,
    refunded: refunded >= charge.amount,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: charge.status,
    transfer_data: null,
    transfer_group: null,
  };
}

export function renderBalanceTransaction(
  ctx: RenderContext,
  txn: BalanceTransactionRecord,
): Stripe.BalanceTransaction {
  return {
    id: txn.id,
    object: "balance_transaction",
    amount: txn.amount,
    available_on: txn.availableOn,
    balance_type: "payments",
    created: txn.created,
    currency: txn.currency,
    description: txn.description,
    exchange_rate: txn.exchangeRate,
    fee: txn.fee,
    fee_details:
      txn.fee === 0
        ? []
        : [
            {
              amount: txn.fee,
              application: null,
              currency: txn.currency,
              description: txn.type === "adjustment" ? "Dispute fee" : "Stripe processing fees",
              type: "stripe_fee",
            },
          ],
    net: txn.net,
    reporting_category: txn.reportingCategory,
    source: txn.sourceId,
    status: ctx.now >= txn.availableOn ? "available" : "pending",
    type: txn.type,
  };
}

export function renderRefund(refund: RefundRecord): Stripe.Refund {
  return {
    id: refund.id,
    object: "refund",
    amount: refund.amount,
    balance_transaction: refund.balanceTransactionId,
    charge: refund.chargeId,
    created: refund.created,
    currency: refund.currency,
    customer: null,
    customer_account: null,
    destination_details: { type: "card", card: { type: "refund" } },
    ...(refund.failureBalanceTransactionId
      ? { failure_balance_transaction: refund.failureBalanceTransactionId }
      : {}),
    ...(refund.failureReason ? { failure_reason: refund.failureReason } : {}),
    metadata: refund.metadata,
    payment_intent: refund.paymentIntentId,
    payment_method: null,
    reason: refund.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: refund.status,
    transfer_reversal: null,
  };
}

export function renderDispute(ctx: RenderContext, dispute: DisputeRecord): Stripe.Dispute {
  return {
    id: dispute.id,
    object: "dispute",
    amount: dispute.amount,
    balance_transactions: dispute.balanceTransactionIds.map((txnId) =>
      renderBalanceTransaction(
        ctx,
        get(ctx.state.balanceTransactions, txnId, "balance_transaction"),
      ),
    ),
    charge: dispute.chargeId,
    created: dispute.created,
    currency: dispute.currency,
    enhanced_eligibility_types: [],
    evidence: {
      access_activity_log: null,
      billing_address: null,
      cancellation_policy: null,
      cancellation_policy_disclosure: null,
      cancellation_rebuttal: null,
      customer_communication: null,
      customer_email_address: null,
      customer_name: null,
      customer_purchase_ip: null,
      customer_signature: null,
      duplicate_charge_documentation: null,
      duplicate_charge_explanation: null,
      duplicate_charge_id: null,
      enhanced_evidence: {},
      product_description: null,
      receipt: null,
      refund_policy: null,
      refund_policy_disclosure: null,
      refund_refusal_explanation: null,
      service_date: null,
      service_documentation: null,
      shipping_address: null,
      shipping_carrier: null,
      shipping_date: null,
      shipping_documentation: null,
      shipping_tracking_number: null,
      uncategorized_file: null,
      uncategorized_text: null,
    },
    evidence_details: {
      due_by: dispute.evidenceDueBy,
      enhanced_eligibility: {},
      has_evidence: false,
      past_due: false,
      submission_count: 0,
      submission_method: "not_submitted",
    },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: dispute.paymentIntentId,
    reason: dispute.reason,
    status: dispute.status,
  };
}

function renderSubscriptionItem(
  ctx: RenderContext,
  subscription: SubscriptionRecord,
): Stripe.SubscriptionItem {
  const price = get(ctx.state.prices, subscription.priceId, "price");
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
    price: renderPrice(price),
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
    livemode: false,
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
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: {
      end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" },
    },
    trial_start: null,
  };
}

export function renderInvoicePayment(invoice: InvoiceRecord): Stripe.InvoicePayment {
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
    livemode: false,
    payment: { type: "payment_intent", payment_intent: invoice.paymentIntentId ?? undefined },
    status: paid ? "paid" : "open",
    status_transitions: { canceled_at: null, paid_at: invoice.paidAt },
  };
}

function renderInvoiceLine(ctx: RenderContext, invoice: InvoiceRecord): Stripe.InvoiceLineItem {
  const price = get(ctx.state.prices, invoice.priceId, "price");
  const subscription = invoice.subscriptionId
    ? ctx.state.subscriptions[invoice.subscriptionId]
    : undefined;
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
    livemode: false,
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
  const customer = get(ctx.state.customers, invoice.customerId, "customer");
  const subscription = invoice.subscriptionId
    ? ctx.state.subscriptions[invoice.subscriptionId]
    : undefined;
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
    automatically_finalizes_at: null,
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
    hosted_invoice_url: `${ctx.publicUrl}/invoices/${invoice.id}`,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: list([renderInvoiceLine(ctx, invoice)], `/v1/invoices/${invoice.id}/lines`),
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
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

/** Renders any object by id, by its prefix: the lookup used for retrieval and expansion. */
export function renderById(ctx: RenderContext, id: string): object {
  const { state } = ctx;
  if (id.startsWith("cs_")) return renderSession(ctx, get(state.sessions, id, "checkout.session"));
  if (id.startsWith("pi_"))
    return renderPaymentIntent(ctx, get(state.paymentIntents, id, "payment_intent"));
  if (id.startsWith("ch_")) return renderCharge(ctx, get(state.charges, id, "charge"));
  if (id.startsWith("txn_"))
    return renderBalanceTransaction(ctx, get(state.balanceTransactions, id, "balance_transaction"));
  if (id.startsWith("re_")) return renderRefund(get(state.refunds, id, "refund"));
  if (id.startsWith("dp_")) return renderDispute(ctx, get(state.disputes, id, "dispute"));
  if (id.startsWith("cus_")) return renderCustomer(get(state.customers, id, "customer"));
  if (id.startsWith("sub_"))
    return renderSubscription(ctx, get(state.subscriptions, id, "subscription"));
  if (id.startsWith("in_")) return renderInvoice(ctx, get(state.invoices, id, "invoice"));
  if (id.startsWith("pm_"))
    return renderPaymentMethod(get(state.paymentMethods, id, "payment_method"));
  if (id.startsWith("price_")) return renderPrice(get(state.prices, id, "price"));
  if (id.startsWith("prod_")) return renderProduct(get(state.products, id, "product"));
  if (id.startsWith("inpay_")) {
    const invoice = Object.values(state.invoices).find((entry) => entry.invoicePaymentId === id);
    if (!invoice) throw resourceMissing("invoice_payment", id);
    return renderInvoicePayment(invoice);
  }
  throw resourceMissing("object", id);
}
