import Stripe from "stripe";
import { invalidRequest, resourceMissing, StripeApiError } from "./errors";
import { newId } from "./ids";
import { convertMinor, DISPUTE_FEE_MINOR, exchangeRate, processingFee } from "./money";
import {
  amountRefunded,
  type RenderContext,
  renderCharge,
  renderCustomer,
  renderDispute,
  renderInvoice,
  renderPaymentIntent,
  renderRefund,
  renderSession,
  renderSubscription,
} from "./render";
import type {
  BalanceTransactionRecord,
  ChargeRecord,
  EmulatorState,
  EventRecord,
  InvoiceRecord,
  PaymentErrorRecord,
  PaymentIntentRecord,
  PaymentMethodRecord,
  SessionRecord,
  SubscriptionRecord,
} from "./state";

/** The API version this emulator speaks: the one stripe-node pins (`Stripe.API_VERSION`). */
export const API_VERSION = Stripe.API_VERSION;

const DAY = 86_400;

export interface CoreConfig {
  settlementCurrency: string;
  publicUrl: string;
  /** Wall-clock delay before a bank debit settles on its own; null to settle only on request. */
  asyncPaymentDelayMs: number | null;
  /** Days after a charge before its balance transaction is available. */
  availableAfterDays: number;
}

/** Who caused an event: an API request (id and idempotency key) or nobody (`id: null`). */
export interface RequestContext {
  requestId: string | null;
  idempotencyKey: string | null;
}

export const AUTOMATIC: RequestContext = { requestId: null, idempotencyKey: null };

type EventType = Stripe.Event["type"];
type EventObject<T extends EventType> = Extract<Stripe.Event, { type: T }>["data"]["object"];

/** Adds whole months to a unix time, clamping the day to the month's end as Stripe billing does. */
export function addMonths(anchor: number, months: number): number {
  const date = new Date(anchor * 1000);
  const target = new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth() + months,
      1,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
    ),
  );
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return Math.floor(target.getTime() / 1000);
}

function periodEnd(start: number, interval: string, count: number): number {
  if (interval === "day") return start + DAY * count;
  if (interval === "week") return start + 7 * DAY * count;
  if (interval === "year") return addMonths(start, 12 * count);
  return addMonths(start, count);
}

/**
 * The emulator's behaviour without HTTP: every operation changes the state and records the events
 * it causes. Operations run inside `flow`, which hands the events of one flow to the webhook
 * dispatcher together (so "out of order" delivery reorders events of one flow) and saves state.
 */
export class EmulatorCore {
  state: EmulatorState;
  private batch: EventRecord[] | null = null;

  constructor(
    state: EmulatorState,
    readonly config: CoreConfig,
    private readonly hooks: {
      onEvents: (events: EventRecord[]) => void;
      onChange: () => void;
      pendingWebhooks: () => number;
      scheduleSettlement: (paymentIntentId: string) => void;
    },
  ) {
    this.state = state;
  }

  get render(): RenderContext {
    return { state: this.state, publicUrl: this.config.publicUrl, now: this.now() };
  }

  /** Emulator time in unix seconds: wall-clock time plus however far the clock was advanced. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.state.clockOffsetSeconds;
  }

  flow<T>(operation: () => T): T {
    if (this.batch !== null) return operation();
    this.batch = [];
    try {
      const result = operation();
      const events = this.batch;
      this.batch = null;
      this.hooks.onChange();
      if (events.length > 0) this.hooks.onEvents(events);
      return result;
    } catch (error) {
      // Nothing is half-applied by design (checks come before changes), but never leak a batch.
      const events = this.batch ?? [];
      this.batch = null;
      this.hooks.onChange();
      if (events.length > 0) this.hooks.onEvents(events);
      throw error;
    }
  }

  emit<T extends EventType>(
    type: T,
    object: EventObject<T>,
    request: RequestContext,
    previousAttributes?: Stripe.Event.Data.PreviousAttributes,
  ): void {
    const event: Stripe.EventBase = {
      id: newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: this.now(),
      data: previousAttributes ? { object, previous_attributes: previousAttributes } : { object },
      livemode: false,
      pending_webhooks: this.hooks.pendingWebhooks(),
      request: { id: request.requestId, idempotency_key: request.idempotencyKey },
      type,
    };
    const record: EventRecord = {
      id: event.id,
      type,
      created: event.created,
      json: JSON.stringify(event, null, 2),
    };
    this.state.events[record.id] = record;
    if (this.batch) this.batch.push(record);
    else this.hooks.onEvents([record]);
  }

  // ---------------------------------------------------------------- lookups

  session(id: string): SessionRecord {
    const session = this.state.sessions[id];
    if (!session) throw resourceMissing("checkout.session", id, "session");
    return session;
  }

  private paymentIntent(id: string): PaymentIntentRecord {
    const intent = this.state.paymentIntents[id];
    if (!intent) throw resourceMissing("payment_intent", id, "intent");
    return intent;
  }

  private charge(id: string): ChargeRecord {
    const charge = this.state.charges[id];
    if (!charge) throw resourceMissing("charge", id, "charge");
    return charge;
  }

  private paymentMethod(id: string): PaymentMethodRecord {
    const method = this.state.paymentMethods[id];
    if (!method) throw resourceMissing("payment_method", id, "payment_method");
    return method;
  }

  private subscription(id: string): SubscriptionRecord {
    const subscription = this.state.subscriptions[id];
    if (!subscription) throw resourceMissing("subscription", id);
    return subscription;
  }

  private invoice(id: string): InvoiceRecord {
    const invoice = this.state.invoices[id];
    if (!invoice) throw resourceMissing("invoice", id);
    return invoice;
  }

  // ---------------------------------------------------------------- sessions

  addSession(session: SessionRecord): void {
    this.state.sessions[session.id] = session;
    this.hooks.onChange();
  }

  expireSession(id: string, request: RequestContext): SessionRecord {
    return this.flow(() => {
      const session = this.session(id);
      if (session.status !== "open") {
        throw invalidRequest(
          `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of ${session.status}.`,
          "session",
        );
      }
      session.status = "expired";
      this.emit("checkout.session.expired", renderSession(this.render, session), request);
      return session;
    });
  }

  // ---------------------------------------------------------------- money movement

  private addBalanceTransaction(
    input: Omit<
      BalanceTransactionRecord,
      "id" | "created" | "amount" | "currency" | "net" | "exchangeRate" | "availableOn"
    > & {
      sourceCurrency: string;
      sourceAmount: number;
    },
  ): BalanceTransactionRecord {
    const settlement = this.config.settlementCurrency;
    const amount = convertMinor(input.sourceAmount, input.sourceCurrency, settlement);
    const created = this.now();
    const txn: BalanceTransactionRecord = {
      id: newId("txn"),
      created,
      availableOn: created + this.config.availableAfterDays * DAY,
      amount,
      currency: settlement,
      fee: input.fee,
      net: amount - input.fee,
      exchangeRate:
        input.sourceCurrency === settlement ? null : exchangeRate(input.sourceCurrency, settlement),
      sourceId: input.sourceId,
      type: input.type,
      reportingCategory: input.reportingCategory,
      description: input.description,
    };
    this.state.balanceTransactions[txn.id] = txn;
    return txn;
  }

  /** Balance transaction of a successful charge: converted into the settlement currency, minus the fee. */
  private settleCharge(charge: ChargeRecord): void {
    const settled = convertMinor(charge.amount, charge.currency, this.config.settlementCurrency);
    const txn = this.addBalanceTransaction({
      sourceAmount: charge.amount,
      sourceCurrency: charge.currency,
      fee: processingFee(settled),
      sourceId: charge.id,
      type: "charge",
      reportingCategory: "charge",
      description: charge.description,
    });
    charge.balanceTransactionId = txn.id;
    charge.status = "succeeded";
  }

  createPaymentMethod(method: Omit<PaymentMethodRecord, "id" | "created">): PaymentMethodRecord {
    const record: PaymentMethodRecord = { id: newId("pm"), created: this.now(), ...method };
    this.state.paymentMethods[record.id] = record;
    return record;
  }

  private newPaymentIntent(input: {
    amount: number;
    currency: string;
    customerId: string | null;
    description: string | null;
    metadata: Record<string, string>;
    sessionId: string | null;
    invoiceId: string | null;
  }): PaymentIntentRecord {
    const intent: PaymentIntentRecord = {
      id: newId("pi"),
      created: this.now(),
      status: "requires_payment_method",
      paymentMethodId: null,
      paymentMethodTypes: ["card", "sepa_debit"],
      latestChargeId: null,
      lastPaymentError: null,
      receiptEmail: null,
      canceledAt: null,
      settlesAt: null,
      ...input,
    };
    this.state.paymentIntents[intent.id] = intent;
    return intent;
  }

  private newCharge(
    intent: PaymentIntentRecord,
    method: PaymentMethodRecord,
    status: ChargeRecord["status"],
  ): ChargeRecord {
    const charge: ChargeRecord = {
      id: newId("ch"),
      created: this.now(),
      amount: intent.amount,
      currency: intent.currency,
      status,
      paymentIntentId: intent.id,
      paymentMethodId: method.id,
      customerId: intent.customerId,
      description: intent.description,
      metadata: intent.metadata,
      balanceTransactionId: null,
      failureCode: null,
      failureMessage: null,
      disputed: false,
      receiptEmail: method.billingEmail,
    };
    this.state.charges[charge.id] = charge;
    intent.latestChargeId = charge.id;
    intent.paymentMethodId = method.id;
    return charge;
  }

  /**
   * Charges a payment method for a payment intent. Cards succeed or decline at once; bank debits
   * go to `processing` and settle later (timer, control endpoint, or advancing the clock).
   */
  private chargeIntent(
    intent: PaymentIntentRecord,
    method: PaymentMethodRecord,
    decline: PaymentErrorRecord | null,
  ): "succeeded" | "processing" | "declined" {
    if (decline) {
      const charge = this.newCharge(intent, method, "failed");
      charge.failureCode = decline.declineCode ?? decline.code;
      charge.failureMessage = decline.message;
      intent.status = "requires_payment_method";
      intent.lastPaymentError = decline;
      this.emit("charge.failed", renderCharge(this.render, charge), AUTOMATIC);
      this.emit(
        "payment_intent.payment_failed",
        renderPaymentIntent(this.render, intent),
        AUTOMATIC,
      );
      return "declined";
    }
    if (method.type === "sepa_debit") {
      const charge = this.newCharge(intent, method, "pending");
      intent.status = "processing";
      intent.lastPaymentError = null;
      const delay = this.config.asyncPaymentDelayMs;
      intent.settlesAt = delay === null ? null : this.now() + Math.ceil(delay / 1000);
      this.emit("charge.pending", renderCharge(this.render, charge), AUTOMATIC);
      this.emit("payment_intent.processing", renderPaymentIntent(this.render, intent), AUTOMATIC);
      this.hooks.scheduleSettlement(intent.id);
      return "processing";
    }
    const charge = this.newCharge(intent, method, "pending");
    this.settleCharge(charge);
    intent.status = "succeeded";
    intent.lastPaymentError = null;
    this.emit("charge.succeeded", renderCharge(this.render, charge), AUTOMATIC);
    this.emit("payment_intent.succeeded", renderPaymentIntent(this.render, intent), AUTOMATIC);
    return "succeeded";
  }

  // ---------------------------------------------------------------- checkout completion

  /**
   * Pays an open session with a payment method. Returns the decline message when the payment
   * method is declined; the session then stays open, as on Stripe's hosted page.
   */
  completeSession(
    sessionId: string,
    method: PaymentMethodRecord,
    decline: PaymentErrorRecord | null,
    details: { email: string | null; name: string | null },
  ): { declined: PaymentErrorRecord | null } {
    return this.flow(() => {
      const session = this.session(sessionId);
      if (session.status !== "open") {
        throw invalidRequest(`This Checkout Session is ${session.status}.`, "session");
      }
      if (session.mode === "subscription")
        return this.completeSubscriptionSession(session, method, decline, details);
      return this.completePaymentSession(session, method, decline, details);
    });
  }

  private completePaymentSession(
    session: SessionRecord,
    method: PaymentMethodRecord,
    decline: PaymentErrorRecord | null,
    details: { email: string | null; name: string | null },
  ): { declined: PaymentErrorRecord | null } {
    const intent = session.paymentIntentId
      ? this.paymentIntent(session.paymentIntentId)
      : this.newPaymentIntent({
          amount: session.amountTotal,
          currency: session.currency,
          customerId: session.customerId,
          description: session.paymentIntentData.description,
          metadata: session.paymentIntentData.metadata,
          sessionId: session.id,
          invoiceId: null,
        });
    session.paymentIntentId = intent.id;
    const outcome = this.chargeIntent(intent, method, decline);
    if (outcome === "declined") return { declined: decline };
    session.status = "complete";
    session.customerDetails = details;
    session.paymentStatus = outcome === "succeeded" ? "paid" : "unpaid";
    this.emit("checkout.session.completed", renderSession(this.render, session), AUTOMATIC);
    return { declined: null };
  }

  private completeSubscriptionSession(
    session: SessionRecord,
    method: PaymentMethodRecord,
    decline: PaymentErrorRecord | null,
    details: { email: string | null; name: string | null },
  ): { declined: PaymentErrorRecord | null } {
    // Stripe creates the subscription only once the first payment goes through: a declined card
    // leaves nothing behind but the error on the page.
    if (decline) return { declined: decline };
    const line = session.lineItems[0];
    if (!line) throw invalidRequest("This Checkout Session has no line items.");
    const price = this.state.prices[line.priceId];
    if (!price?.recurring) throw invalidRequest("This Checkout Session has no recurring price.");

    let customerId = session.customerId;
    if (customerId === null) {
      const customer = {
        id: newId("cus"),
        created: this.now(),
        email: details.email,
        name: details.name,
        metadata: {},
      };
      this.state.customers[customer.id] = customer;
      customerId = customer.id;
      this.emit("customer.created", renderCustomer(customer), AUTOMATIC);
    }
    method.customerId = customerId;

    const start = this.now();
    const subscription: SubscriptionRecord = {
      id: newId("sub"),
      created: start,
      customerId,
      status: "active",
      currency: price.currency,
      itemId: newId("si"),
      priceId: price.id,
      quantity: line.quantity,
      billingCycleAnchor: start,
      periodIndex: 0,
      currentPeriodStart: start,
      currentPeriodEnd: periodEnd(start, price.recurring.interval, price.recurring.intervalCount),
      cancelAtPeriodEnd: false,
      canceledAt: null,
      endedAt: null,
      description: session.subscriptionData.description,
      metadata: session.subscriptionData.metadata,
      latestInvoiceId: null,
      defaultPaymentMethodId: method.id,
    };
    this.state.subscriptions[subscription.id] = subscription;
    session.customerId = customerId;
    session.subscriptionId = subscription.id;
    session.customerDetails = details;

    const invoice = this.openInvoice(subscription, "subscription_create", details.email);
    session.invoiceId = invoice.id;
    this.emit(
      "customer.subscription.created",
      renderSubscription(this.render, subscription),
      AUTOMATIC,
    );
    this.emit("invoice.created", renderInvoice(this.render, invoice), AUTOMATIC);
    this.emit("invoice.finalized", renderInvoice(this.render, invoice), AUTOMATIC);

    const outcome = this.payInvoice(invoice, method);
    session.status = "complete";
    session.paymentStatus = outcome === "succeeded" ? "paid" : "unpaid";
    this.emit("checkout.session.completed", renderSession(this.render, session), AUTOMATIC);
    return { declined: null };
  }

  /** A finalized, unpaid invoice for the subscription's current period. */
  private openInvoice(
    subscription: SubscriptionRecord,
    reason: InvoiceRecord["billingReason"],
    customerEmail: string | null,
  ): InvoiceRecord {
    const price = this.state.prices[subscription.priceId];
    const product = price ? this.state.products[price.productId] : undefined;
    if (!price || !product) throw new Error(`Subscription ${subscription.id} has lost its price`);
    this.state.invoiceCounter += 1;
    const amount = price.unitAmount * subscription.quantity;
    const now = this.now();
    const invoice: InvoiceRecord = {
      id: newId("in"),
      created: now,
      number: `EMU-${String(this.state.invoiceCounter).padStart(4, "0")}`,
      customerId: subscription.customerId,
      customerEmail: customerEmail ?? this.state.customers[subscription.customerId]?.email ?? null,
      subscriptionId: subscription.id,
      billingReason: reason,
      status: "open",
      currency: price.currency,
      amountDue: amount,
      amountPaid: 0,
      lineId: newId("il"),
      priceId: price.id,
      quantity: subscription.quantity,
      description: `${subscription.quantity} × ${product.name}`,
      periodStart: subscription.currentPeriodStart,
      periodEnd: subscription.currentPeriodEnd,
      paymentIntentId: null,
      invoicePaymentId: newId("inpay"),
      finalizedAt: now,
      paidAt: null,
      attemptCount: 0,
    };
    this.state.invoices[invoice.id] = invoice;
    subscription.latestInvoiceId = invoice.id;
    return invoice;
  }

  private payInvoice(
    invoice: InvoiceRecord,
    method: PaymentMethodRecord,
  ): "succeeded" | "processing" | "declined" {
    const intent = this.newPaymentIntent({
      amount: invoice.amountDue,
      currency: invoice.currency,
      customerId: invoice.customerId,
      description:
        invoice.billingReason === "subscription_create"
          ? "Subscription creation"
          : "Subscription update",
      metadata: {},
      sessionId: null,
      invoiceId: invoice.id,
    });
    invoice.paymentIntentId = intent.id;
    invoice.attemptCount += 1;
    const outcome = this.chargeIntent(intent, method, null);
    if (outcome === "succeeded") this.markInvoicePaid(invoice);
    return outcome;
  }

  private markInvoicePaid(invoice: InvoiceRecord): void {
    invoice.status = "paid";
    invoice.amountPaid = invoice.amountDue;
    invoice.paidAt = this.now();
    this.emit("invoice.paid", renderInvoice(this.render, invoice), AUTOMATIC);
    this.emit("invoice.payment_succeeded", renderInvoice(this.render, invoice), AUTOMATIC);
  }

  // ---------------------------------------------------------------- delayed (bank debit) payments

  /** Settles bank debits still processing: all of them, or one payment intent. Returns their ids. */
  settleDelayedPayments(paymentIntentId?: string): string[] {
    return this.flow(() => {
      const due = Object.values(this.state.paymentIntents).filter(
        (intent) =>
          intent.status === "processing" &&
          (paymentIntentId === undefined || intent.id === paymentIntentId),
      );
      if (paymentIntentId !== undefined && due.length === 0) {
        this.paymentIntent(paymentIntentId);
        throw invalidRequest(
          `PaymentIntent ${paymentIntentId} is not processing a delayed payment.`,
          "intent",
        );
      }
      for (const intent of due) this.settleIntent(intent);
      return due.map((intent) => intent.id);
    });
  }

  private settleIntent(intent: PaymentIntentRecord): void {
    const charge = intent.latestChargeId ? this.charge(intent.latestChargeId) : undefined;
    const method = intent.paymentMethodId ? this.paymentMethod(intent.paymentMethodId) : undefined;
    if (!charge || !method) throw new Error(`Processing payment ${intent.id} has no charge`);
    intent.settlesAt = null;
    const session = intent.sessionId ? this.state.sessions[intent.sessionId] : undefined;
    const invoice = intent.invoiceId ? this.state.invoices[intent.invoiceId] : undefined;
    const subscriptionSession = invoice?.subscriptionId
      ? Object.values(this.state.sessions).find(
          (entry) =>
            entry.subscriptionId === invoice.subscriptionId && entry.invoiceId === invoice.id,
        )
      : undefined;
    const checkoutSession = session ?? subscriptionSession;

    if (method.delayedOutcome === "fail") {
      charge.status = "failed";
      charge.failureCode = "insufficient_funds";
      charge.failureMessage =
        "The customer's account has insufficient funds to cover this payment.";
      intent.status = "requires_payment_method";
      intent.lastPaymentError = {
        code: "payment_intent_payment_attempt_failed",
        declineCode: "insufficient_funds",
        message: charge.failureMessage,
        type: "card_error",
      };
      this.emit("charge.failed", renderCharge(this.render, charge), AUTOMATIC);
      this.emit(
        "payment_intent.payment_failed",
        renderPaymentIntent(this.render, intent),
        AUTOMATIC,
      );
      if (invoice) {
        this.emit("invoice.payment_failed", renderInvoice(this.render, invoice), AUTOMATIC);
        const subscription = invoice.subscriptionId
          ? this.state.subscriptions[invoice.subscriptionId]
          : undefined;
        if (subscription && subscription.status === "active") {
          subscription.status = "past_due";
          this.emit(
            "customer.subscription.updated",
            renderSubscription(this.render, subscription),
            AUTOMATIC,
            {
              status: "active",
            },
          );
        }
      }
      if (checkoutSession) {
        this.emit(
          "checkout.session.async_payment_failed",
          renderSession(this.render, checkoutSession),
          AUTOMATIC,
        );
      }
      return;
    }
    this.settleCharge(charge);
    intent.status = "succeeded";
    this.emit("charge.succeeded", renderCharge(this.render, charge), AUTOMATIC);
    this.emit("payment_intent.succeeded", renderPaymentIntent(this.render, intent), AUTOMATIC);
    if (invoice) this.markInvoicePaid(invoice);
    if (checkoutSession) {
      checkoutSession.paymentStatus = "paid";
      this.emit(
        "checkout.session.async_payment_succeeded",
        renderSession(this.render, checkoutSession),
        AUTOMATIC,
      );
    }
  }

  // ---------------------------------------------------------------- refunds

  createRefund(
    input: {
      chargeId: string | null;
      paymentIntentId: string | null;
      amount: number | null;
      reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
      metadata: Record<string, string>;
    },
    request: RequestContext,
  ) {
    return this.flow(() => {
      let charge: ChargeRecord;
      if (input.chargeId !== null) {
        charge = this.charge(input.chargeId);
      } else if (input.paymentIntentId !== null) {
        const intent = this.paymentIntent(input.paymentIntentId);
        if (!intent.latestChargeId || intent.status !== "succeeded") {
          throw invalidRequest(
            `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
            "payment_intent",
            "charge_not_refundable",
          );
        }
        charge = this.charge(intent.latestChargeId);
      } else {
        throw invalidRequest(
          "One of the following params should be provided for this request: charge or payment_intent.",
        );
      }
      if (charge.status !== "succeeded") {
        throw invalidRequest(
          `Charge ${charge.id} has not succeeded; it cannot be refunded.`,
          "charge",
          "charge_not_refundable",
        );
      }
      if (charge.disputed) {
        throw invalidRequest(
          `Charge ${charge.id} has been charged back; cannot issue a refund.`,
          "charge",
          "charge_disputed",
        );
      }
      const remaining = charge.amount - amountRefunded(this.render, charge.id);
      if (remaining <= 0) {
        throw invalidRequest(
          `Charge ${charge.id} has already been refunded.`,
          "charge",
          "charge_already_refunded",
        );
      }
      const amount = input.amount ?? remaining;
      if (amount > remaining) {
        throw invalidRequest(
          `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`,
          "amount",
          "amount_too_large",
        );
      }
      const refundId = newId("re");
      const txn = this.addBalanceTransaction({
        sourceAmount: -amount,
        sourceCurrency: charge.currency,
        fee: 0,
        sourceId: refundId,
        type: "refund",
        reportingCategory: "refund",
        description: "REFUND FOR CHARGE",
      });
      const refund = {
        id: refundId,
        created: this.now(),
        amount,
        currency: charge.currency,
        chargeId: charge.id,
        paymentIntentId: charge.paymentIntentId,
        reason: input.reason,
        metadata: input.metadata,
        status: "succeeded" as const,
        balanceTransactionId: txn.id,
        failureBalanceTransactionId: null,
        failureReason: null,
      };
      this.state.refunds[refund.id] = refund;
      this.emit("refund.created", renderRefund(refund), request);
      this.emit("charge.refunded", renderCharge(this.render, charge), request);
      return refund;
    });
  }

  /** Makes a refund fail after the fact, as a card refund to a closed account does. */
  failRefund(refundId: string) {
    return this.flow(() => {
      const refund = this.state.refunds[refundId];
      if (!refund) throw resourceMissing("refund", refundId);
      if (refund.status === "failed")
        throw invalidRequest(`Refund ${refundId} has already failed.`);
      const charge = this.charge(refund.chargeId);
      const txn = this.addBalanceTransaction({
        sourceAmount: refund.amount,
        sourceCurrency: refund.currency,
        fee: 0,
        sourceId: refund.id,
        type: "refund_failure",
        reportingCategory: "refund_failure",
        description: "REFUND FAILURE",
      });
      refund.status = "failed";
      refund.failureReason = "expired_or_canceled_card";
      refund.failureBalanceTransactionId = txn.id;
      this.emit("refund.updated", renderRefund(refund), AUTOMATIC, { status: "succeeded" });
      this.emit("refund.failed", renderRefund(refund), AUTOMATIC);
      this.emit("charge.refund.updated", renderRefund(refund), AUTOMATIC, { status: "succeeded" });
      this.emit("charge.updated", renderCharge(this.render, charge), AUTOMATIC);
      return refund;
    });
  }

  // ---------------------------------------------------------------- disputes

  openDispute(chargeId: string, options: { amount?: number; reason?: string } = {}) {
    return this.flow(() => {
      const charge = this.charge(chargeId);
      if (charge.status !== "succeeded")
        throw invalidRequest(`Charge ${chargeId} has not succeeded.`, "charge");
      if (charge.disputed)
        throw invalidRequest(`Charge ${chargeId} is already disputed.`, "charge");
      const amount = options.amount ?? charge.amount - amountRefunded(this.render, charge.id);
      const disputeId = newId("dp");
      const txn = this.addBalanceTransaction({
        sourceAmount: -amount,
        sourceCurrency: charge.currency,
        fee: DISPUTE_FEE_MINOR,
        sourceId: disputeId,
        type: "adjustment",
        reportingCategory: "dispute",
        description: `Chargeback withdrawal for ${charge.id}`,
      });
      const dispute = {
        id: disputeId,
        created: this.now(),
        amount,
        currency: charge.currency,
        chargeId: charge.id,
        paymentIntentId: charge.paymentIntentId,
        reason: options.reason ?? "fraudulent",
        status: "needs_response" as const,
        balanceTransactionIds: [txn.id],
        evidenceDueBy: this.now() + 7 * DAY,
      };
      this.state.disputes[dispute.id] = dispute;
      charge.disputed = true;
      this.emit("charge.dispute.created", renderDispute(this.render, dispute), AUTOMATIC);
      this.emit("charge.dispute.funds_withdrawn", renderDispute(this.render, dispute), AUTOMATIC);
      return dispute;
    });
  }

  /** Closes a dispute: `won` returns the funds, `lost` keeps them withdrawn. */
  closeDispute(disputeId: string, outcome: "won" | "lost", request: RequestContext) {
    return this.flow(() => {
      const dispute = this.state.disputes[disputeId];
      if (!dispute) throw resourceMissing("dispute", disputeId, "dispute");
      if (dispute.status === "won" || dispute.status === "lost") {
        throw invalidRequest(`This dispute is already closed (${dispute.status}).`, "dispute");
      }
      const previous = dispute.status;
      dispute.status = outcome;
      if (outcome === "won") {
        const txn = this.addBalanceTransaction({
          sourceAmount: dispute.amount,
          sourceCurrency: dispute.currency,
          fee: 0,
          sourceId: dispute.id,
          type: "adjustment",
          reportingCategory: "dispute_reversal",
          description: `Chargeback reversal for ${dispute.chargeId}`,
        });
        dispute.balanceTransactionIds.push(txn.id);
        this.emit("charge.dispute.funds_reinstated", renderDispute(this.render, dispute), request);
      }
      this.emit("charge.dispute.closed", renderDispute(this.render, dispute), request, {
        status: previous,
      });
      return dispute;
    });
  }

  // ---------------------------------------------------------------- subscriptions

  cancelSubscription(id: string, request: RequestContext): SubscriptionRecord {
    return this.flow(() => {
      const subscription = this.subscription(id);
      if (subscription.status === "canceled") {
        throw invalidRequest(
          `This subscription (${id}) has already been canceled.`,
          "subscription",
        );
      }
      this.endSubscription(subscription, this.now(), request);
      return subscription;
    });
  }

  private endSubscription(
    subscription: SubscriptionRecord,
    at: number,
    request: RequestContext,
  ): void {
    subscription.status = "canceled";
    subscription.canceledAt = subscription.canceledAt ?? at;
    subscription.endedAt = at;
    this.emit(
      "customer.subscription.deleted",
      renderSubscription(this.render, subscription),
      request,
    );
  }

  updateSubscription(
    id: string,
    changes: {
      cancelAtPeriodEnd?: boolean;
      metadata?: Record<string, string>;
      description?: string | null;
    },
    request: RequestContext,
  ): SubscriptionRecord {
    return this.flow(() => {
      const subscription = this.subscription(id);
      if (subscription.status === "canceled") {
        throw invalidRequest(
          "A canceled subscription can only update its cancellation_details and metadata.",
        );
      }
      const previous: Record<string, unknown> = {};
      if (
        changes.cancelAtPeriodEnd !== undefined &&
        changes.cancelAtPeriodEnd !== subscription.cancelAtPeriodEnd
      ) {
        previous.cancel_at_period_end = subscription.cancelAtPeriodEnd;
        subscription.cancelAtPeriodEnd = changes.cancelAtPeriodEnd;
        subscription.canceledAt = changes.cancelAtPeriodEnd ? this.now() : null;
      }
      if (changes.metadata !== undefined) {
        previous.metadata = subscription.metadata;
        subscription.metadata = { ...subscription.metadata, ...changes.metadata };
      }
      if (changes.description !== undefined) {
        previous.description = subscription.description;
        subscription.description = changes.description;
      }
      if (Object.keys(previous).length > 0) {
        this.emit(
          "customer.subscription.updated",
          renderSubscription(this.render, subscription),
          request,
          previous,
        );
      }
      return subscription;
    });
  }

  /** Starts every subscription period that has come due: a new invoice, paid with the saved method. */
  private renewSubscriptions(): void {
    for (const subscription of Object.values(this.state.subscriptions)) {
      while (
        (subscription.status === "active" || subscription.status === "past_due") &&
        subscription.currentPeriodEnd <= this.now()
      ) {
        if (subscription.cancelAtPeriodEnd) {
          this.endSubscription(subscription, subscription.currentPeriodEnd, AUTOMATIC);
          break;
        }
        const price = this.state.prices[subscription.priceId];
        const method = subscription.defaultPaymentMethodId
          ? this.state.paymentMethods[subscription.defaultPaymentMethodId]
          : undefined;
        if (!price?.recurring || !method) break;
        const previousPeriod = {
          start: subscription.currentPeriodStart,
          end: subscription.currentPeriodEnd,
        };
        subscription.periodIndex += 1;
        subscription.currentPeriodStart = subscription.currentPeriodEnd;
        subscription.currentPeriodEnd = periodEnd(
          subscription.billingCycleAnchor,
          price.recurring.interval,
          price.recurring.intervalCount * (subscription.periodIndex + 1),
        );
        const invoice = this.openInvoice(subscription, "subscription_cycle", null);
        invoice.created = subscription.currentPeriodStart;
        this.emit(
          "customer.subscription.updated",
          renderSubscription(this.render, subscription),
          AUTOMATIC,
          {
            items: {
              current_period_start: previousPeriod.start,
              current_period_end: previousPeriod.end,
            },
          },
        );
        this.emit("invoice.created", renderInvoice(this.render, invoice), AUTOMATIC);
        this.emit("invoice.finalized", renderInvoice(this.render, invoice), AUTOMATIC);
        this.payInvoice(invoice, method);
      }
    }
  }

  // ---------------------------------------------------------------- clock

  /**
   * Moves the emulator clock forward. Due bank debits settle, open sessions past `expires_at`
   * expire, and subscriptions whose period ended are invoiced and charged.
   */
  advanceClock(seconds: number): number {
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw invalidRequest(
        "The clock can only move forward: pass a positive number of seconds or days.",
      );
    }
    return this.flow(() => {
      this.state.clockOffsetSeconds += Math.round(seconds);
      for (const intent of Object.values(this.state.paymentIntents)) {
        if (intent.status === "processing") this.settleIntent(intent);
      }
      this.expireDueSessions();
      this.renewSubscriptions();
      return this.now();
    });
  }

  expireDueSessions(): void {
    for (const session of Object.values(this.state.sessions)) {
      if (session.status === "open" && session.expiresAt <= this.now()) {
        session.status = "expired";
        this.emit("checkout.session.expired", renderSession(this.render, session), AUTOMATIC);
      }
    }
  }

  /** Settles one processing payment when its timer fires (ignored if it settled already). */
  settleIfProcessing(paymentIntentId: string): void {
    const intent = this.state.paymentIntents[paymentIntentId];
    if (intent?.status !== "processing") return;
    this.flow(() => this.settleIntent(intent));
  }

  /** Lookups the HTTP layer uses for retrieval of rendered objects. */
  renderPaymentIntentById(id: string): Stripe.PaymentIntent {
    return renderPaymentIntent(this.render, this.paymentIntent(id));
  }

  renderInvoiceById(id: string): Stripe.Invoice {
    return renderInvoice(this.render, this.invoice(id));
  }

  isApiError(error: unknown): error is StripeApiError {
    return error instanceof StripeApiError;
  }
}
