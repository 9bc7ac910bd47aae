import type Stripe from "stripe";
import { noAddress, type RenderContext, referenced, requireRecord } from "../core/render-context";
import { amountRefunded } from "../refunds/charge-refunds";
import type {
  BalanceTransactionRecord,
  ChargeRecord,
  PaymentIntentRecord,
  PaymentMethodRecord,
} from "../state";

function billingDetails(method: PaymentMethodRecord): Stripe.PaymentMethod.BillingDetails {
  return {
    address: noAddress,
    email: method.billingEmail,
    name: method.billingName,
    phone: null,
    tax_id: null,
  };
}

function renderPaymentError(
  ctx: RenderContext,
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
    ...(method ? { payment_method: renderPaymentMethod(ctx, method) } : {}),
  };
}

export function renderPaymentMethod(
  ctx: RenderContext,
  method: PaymentMethodRecord,
): Stripe.PaymentMethod {
  return {
    id: method.id,
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: billingDetails(method),
    created: method.created,
    customer: method.customerId,
    customer_account: null,
    livemode: ctx.livemode,
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
  const method = referenced(ctx.state.paymentMethods, intent.paymentMethodId);
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
    last_payment_error: renderPaymentError(ctx, intent, method),
    latest_charge: intent.latestChargeId,
    livemode: ctx.livemode,
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
  const method = requireRecord(ctx.state.paymentMethods, charge.paymentMethodId, "payment_method");
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
    billing_details: billingDetails(method),
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
    livemode: ctx.livemode,
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
