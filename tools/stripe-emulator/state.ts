import { z } from "zod";
import { PortalConfigurationRecord, PortalSessionRecord } from "./billing-portal/portal-records";

/*
 * The emulator keeps its own small records and renders Stripe objects from them on every read
 * (each resource's render-*.ts). Records are zod schemas so a persisted state file is checked when it is loaded.
 */

const id = z.string();
const nullableId = z.string().nullable();
const metadata = z.record(z.string(), z.string());
const timestamp = z.number().int();
const minorUnits = z.number().int();

/** Every object: its id and when it was created (emulator clock, unix seconds). */
const stripeObject = { id, created: timestamp };
/** An amount in minor units of a currency. */
const money = { amount: minorUnits, currency: z.string() };
/** What a refund or a dispute is about. */
const ofCharge = { chargeId: id, paymentIntentId: id };

export const ProductRecord = z.object({
  ...stripeObject,
  name: z.string(),
  description: z.string().nullable(),
});
export type ProductRecord = z.infer<typeof ProductRecord>;

export const PriceRecord = z.object({
  ...stripeObject,
  productId: id,
  currency: z.string(),
  unitAmount: minorUnits,
  recurring: z
    .object({ interval: z.enum(["day", "week", "month", "year"]), intervalCount: z.number().int() })
    .nullable(),
});
export type PriceRecord = z.infer<typeof PriceRecord>;

export const LineItemRecord = z.object({
  id,
  priceId: id,
  quantity: z.number().int(),
  description: z.string(),
});
export type LineItemRecord = z.infer<typeof LineItemRecord>;

export const SessionRecord = z.object({
  ...stripeObject,
  expiresAt: timestamp,
  mode: z.enum(["payment", "subscription"]),
  status: z.enum(["open", "complete", "expired"]),
  paymentStatus: z.enum(["unpaid", "paid", "no_payment_required"]),
  currency: z.string(),
  amountTotal: minorUnits,
  lineItems: z.array(LineItemRecord),
  successUrl: z.string(),
  cancelUrl: z.string().nullable(),
  customerEmail: z.string().nullable(),
  customerId: nullableId,
  customerDetails: z
    .object({ email: z.string().nullable(), name: z.string().nullable() })
    .nullable(),
  clientReferenceId: z.string().nullable(),
  submitType: z.enum(["auto", "book", "donate", "pay", "subscribe"]).nullable(),
  locale: z.string().nullable(),
  /** `adaptive_pricing[enabled]`, `managed_payments[enabled]`, `payment_method_configuration` as sent. */
  adaptivePricing: z.boolean().default(false),
  managedPayments: z.boolean().nullable().default(null),
  paymentMethodConfiguration: z.string().nullable().default(null),
  metadata,
  paymentIntentData: z.object({ description: z.string().nullable(), metadata }),
  subscriptionData: z.object({ description: z.string().nullable(), metadata }),
  paymentIntentId: nullableId,
  subscriptionId: nullableId,
  invoiceId: nullableId,
});
export type SessionRecord = z.infer<typeof SessionRecord>;

export const CustomerRecord = z.object({
  ...stripeObject,
  email: z.string().nullable(),
  name: z.string().nullable(),
  metadata,
});
export type CustomerRecord = z.infer<typeof CustomerRecord>;

/** The test outcome a payment method is bound to (cards decide at once, bank debits later). */
export const PaymentMethodRecord = z.object({
  ...stripeObject,
  customerId: nullableId,
  type: z.enum(["card", "sepa_debit"]),
  card: z
    .object({
      brand: z.string(),
      last4: z.string(),
      expMonth: z.number().int(),
      expYear: z.number().int(),
      funding: z.string(),
      country: z.string(),
    })
    .nullable(),
  sepaDebit: z.object({ last4: z.string(), bankCode: z.string(), country: z.string() }).nullable(),
  delayedOutcome: z.enum(["succeed", "fail"]).nullable(),
  billingEmail: z.string().nullable(),
  billingName: z.string().nullable(),
});
export type PaymentMethodRecord = z.infer<typeof PaymentMethodRecord>;

export const PaymentErrorRecord = z.object({
  code: z.string(),
  declineCode: z.string().nullable(),
  message: z.string(),
  type: z.enum(["card_error", "invalid_request_error"]),
});
export type PaymentErrorRecord = z.infer<typeof PaymentErrorRecord>;

export const PaymentIntentRecord = z.object({
  ...stripeObject,
  ...money,
  status: z.enum(["requires_payment_method", "processing", "succeeded", "canceled"]),
  customerId: nullableId,
  description: z.string().nullable(),
  metadata,
  paymentMethodId: nullableId,
  paymentMethodTypes: z.array(z.string()),
  latestChargeId: nullableId,
  lastPaymentError: PaymentErrorRecord.nullable(),
  receiptEmail: z.string().nullable(),
  canceledAt: timestamp.nullable(),
  /** When a bank debit settles on its own (emulator clock, unix seconds); null for none due. */
  settlesAt: timestamp.nullable(),
  sessionId: nullableId,
  invoiceId: nullableId,
});
export type PaymentIntentRecord = z.infer<typeof PaymentIntentRecord>;

export const ChargeRecord = z.object({
  ...stripeObject,
  ...money,
  status: z.enum(["pending", "succeeded", "failed"]),
  paymentIntentId: id,
  paymentMethodId: id,
  customerId: nullableId,
  description: z.string().nullable(),
  metadata,
  balanceTransactionId: nullableId,
  failureCode: z.string().nullable(),
  failureMessage: z.string().nullable(),
  disputed: z.boolean(),
  receiptEmail: z.string().nullable(),
});
export type ChargeRecord = z.infer<typeof ChargeRecord>;

export const BalanceTransactionRecord = z.object({
  ...stripeObject,
  availableOn: timestamp,
  ...money,
  fee: minorUnits,
  net: minorUnits,
  exchangeRate: z.number().nullable(),
  sourceId: id,
  type: z.enum(["charge", "payment", "refund", "payment_refund", "adjustment", "refund_failure"]),
  reportingCategory: z.string(),
  description: z.string().nullable(),
});
export type BalanceTransactionRecord = z.infer<typeof BalanceTransactionRecord>;

export const RefundRecord = z.object({
  ...stripeObject,
  ...money,
  ...ofCharge,
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).nullable(),
  metadata,
  status: z.enum(["pending", "succeeded", "failed", "canceled"]),
  balanceTransactionId: nullableId,
  failureBalanceTransactionId: nullableId,
  failureReason: z.string().nullable(),
});
export type RefundRecord = z.infer<typeof RefundRecord>;

export const DisputeRecord = z.object({
  ...stripeObject,
  ...money,
  ...ofCharge,
  reason: z.string(),
  status: z.enum(["needs_response", "under_review", "won", "lost"]),
  balanceTransactionIds: z.array(id),
  evidenceDueBy: timestamp,
});
export type DisputeRecord = z.infer<typeof DisputeRecord>;

export const SubscriptionRecord = z.object({
  ...stripeObject,
  customerId: id,
  status: z.enum(["incomplete", "active", "past_due", "paused", "canceled"]),
  /** When it was paused (the Customer Portal's pause); absent or null while not paused. */
  pausedAt: timestamp.nullable().optional(),
  currency: z.string(),
  itemId: id,
  priceId: id,
  quantity: z.number().int(),
  billingCycleAnchor: timestamp,
  /** How many whole periods have started since the anchor (0 for the first). */
  periodIndex: z.number().int(),
  currentPeriodStart: timestamp,
  currentPeriodEnd: timestamp,
  cancelAtPeriodEnd: z.boolean(),
  canceledAt: timestamp.nullable(),
  endedAt: timestamp.nullable(),
  description: z.string().nullable(),
  metadata,
  latestInvoiceId: nullableId,
  defaultPaymentMethodId: nullableId,
});
export type SubscriptionRecord = z.infer<typeof SubscriptionRecord>;

export const InvoiceRecord = z.object({
  ...stripeObject,
  /** Given when the invoice is finalized; a draft has none. */
  number: z.string().nullable(),
  customerId: id,
  customerEmail: z.string().nullable(),
  subscriptionId: nullableId,
  billingReason: z.enum(["subscription_create", "subscription_cycle"]),
  status: z.enum(["draft", "open", "paid", "void"]),
  currency: z.string(),
  amountDue: minorUnits,
  amountPaid: minorUnits,
  lineId: id,
  priceId: id,
  quantity: z.number().int(),
  description: z.string().nullable(),
  periodStart: timestamp,
  periodEnd: timestamp,
  paymentIntentId: nullableId,
  invoicePaymentId: id,
  finalizedAt: timestamp.nullable(),
  /** When a draft finalizes on its own (emulator clock); null once finalized. */
  finalizesAt: timestamp.nullable().default(null),
  paidAt: timestamp.nullable(),
  attemptCount: z.number().int(),
});
export type InvoiceRecord = z.infer<typeof InvoiceRecord>;

/** An event is kept as the exact JSON that was (or will be) delivered. */
export const EventRecord = z.object({ id, type: z.string(), created: timestamp, json: z.string() });
export type EventRecord = z.infer<typeof EventRecord>;

export const IdempotencyRecord = z.object({
  key: z.string(),
  method: z.string(),
  path: z.string(),
  fingerprint: z.string(),
  status: z.number().int(),
  body: z.string(),
  created: timestamp,
});
export type IdempotencyRecord = z.infer<typeof IdempotencyRecord>;

const table = <T extends z.ZodType>(schema: T) => z.record(z.string(), schema);

export const EmulatorStateFile = z.object({
  version: z.literal(1),
  clockOffsetSeconds: z.number().int(),
  invoiceCounter: z.number().int(),
  sessions: table(SessionRecord),
  products: table(ProductRecord),
  prices: table(PriceRecord),
  customers: table(CustomerRecord),
  paymentMethods: table(PaymentMethodRecord),
  paymentIntents: table(PaymentIntentRecord),
  charges: table(ChargeRecord),
  balanceTransactions: table(BalanceTransactionRecord),
  refunds: table(RefundRecord),
  disputes: table(DisputeRecord),
  subscriptions: table(SubscriptionRecord),
  invoices: table(InvoiceRecord),
  events: table(EventRecord),
  idempotency: table(IdempotencyRecord),
  /**
   * Checkout Sessions whose payments (and, in subscription mode, every renewal of the subscription
   * they created) get their balance transaction late (payments/late-balance-transactions.ts).
   * Absent from state files written before it existed.
   */
  lateBalanceTransactionSessions: z.array(id).default([]),
  /** The Customer Portal (billing-portal/); absent from older state files. */
  portalConfigurations: table(PortalConfigurationRecord).default({}),
  portalSessions: table(PortalSessionRecord).default({}),
});
export type EmulatorState = z.infer<typeof EmulatorStateFile>;

export function emptyState(): EmulatorState {
  return {
    version: 1,
    clockOffsetSeconds: 0,
    invoiceCounter: 0,
    sessions: {},
    products: {},
    prices: {},
    customers: {},
    paymentMethods: {},
    paymentIntents: {},
    charges: {},
    balanceTransactions: {},
    refunds: {},
    disputes: {},
    subscriptions: {},
    invoices: {},
    events: {},
    idempotency: {},
    lateBalanceTransactionSessions: [],
    portalConfigurations: {},
    portalSessions: {},
  };
}
