import { AUTOMATIC, type EmulatorCore } from "../core/emulator-core";
import { referenced } from "../core/render-context";
import { newId } from "../ids";
import { type ChargeOutcome, chargeIntent, newPaymentIntent } from "../payments/payment-intents";
import type { InvoiceRecord, PaymentMethodRecord, SubscriptionRecord } from "../state";
import { renderInvoice, renderSubscription } from "./render-billing";

/*
 * A subscription's invoices, as Stripe Billing runs them
 * (https://docs.stripe.com/billing/subscriptions/overview#invoice-lifecycle,
 * https://docs.stripe.com/api/invoices): the first one, made by Checkout, is finalized at once and
 * paid there; a renewal's is a draft (`invoice.created`) that Stripe finalizes about an hour later
 * (`invoice.finalized`, on the emulator clock: `invoiceFinalizationDelaySeconds`) and then
 * charges to the saved payment method. A payment that succeeds sends `invoice.updated`,
 * `invoice.paid` and `invoice.payment_succeeded`, and a subscription still `incomplete` becomes
 * `active` (`customer.subscription.updated`).
 */

function invoiceNumber(core: EmulatorCore): string {
  core.state.invoiceCounter += 1;
  return `EMU-${String(core.state.invoiceCounter).padStart(4, "0")}`;
}

/**
 * The invoice for the subscription's current period, made at `at` (emulator time): finalized at
 * once (Checkout's first invoice), or a draft that finalizes after the configured delay.
 * Announces it (`invoice.created`, and `invoice.finalized` when finalized).
 */
export function createSubscriptionInvoice(
  core: EmulatorCore,
  subscription: SubscriptionRecord,
  options: {
    reason: InvoiceRecord["billingReason"];
    customerEmail: string | null;
    at: number;
    draft: boolean;
  },
): InvoiceRecord {
  const price = core.state.prices[subscription.priceId];
  const product = price ? core.state.products[price.productId] : undefined;
  if (!price || !product) throw new Error(`Subscription ${subscription.id} has lost its price`);
  const amount = price.unitAmount * subscription.quantity;
  const invoice: InvoiceRecord = {
    id: newId("in"),
    created: options.at,
    number: null,
    customerId: subscription.customerId,
    customerEmail:
      options.customerEmail ?? core.state.customers[subscription.customerId]?.email ?? null,
    subscriptionId: subscription.id,
    billingReason: options.reason,
    status: "draft",
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
    finalizedAt: null,
    finalizesAt: options.draft ? options.at + core.config.invoiceFinalizationDelaySeconds : null,
    paidAt: null,
    attemptCount: 0,
  };
  core.state.invoices[invoice.id] = invoice;
  subscription.latestInvoiceId = invoice.id;
  core.emit("invoice.created", renderInvoice(core.render, invoice), AUTOMATIC);
  if (!options.draft) finalizeInvoice(core, invoice, options.at);
  return invoice;
}

/** A draft becomes open: it gets its number and can be paid (`invoice.finalized`). */
export function finalizeInvoice(core: EmulatorCore, invoice: InvoiceRecord, at: number): void {
  invoice.status = "open";
  invoice.number = invoiceNumber(core);
  invoice.finalizedAt = at;
  invoice.finalizesAt = null;
  core.emit("invoice.finalized", renderInvoice(core.render, invoice), AUTOMATIC);
}

/** Drafts due to finalize by `now`, the earliest first. */
export function draftsDueBy(core: EmulatorCore, now: number): InvoiceRecord[] {
  return Object.values(core.state.invoices)
    .filter(
      (invoice) =>
        invoice.status === "draft" && invoice.finalizesAt !== null && invoice.finalizesAt <= now,
    )
    .sort((a, b) => (a.finalizesAt ?? 0) - (b.finalizesAt ?? 0));
}

/** Finalizes a due draft and charges the subscription's saved payment method for it. */
export function finalizeAndCharge(core: EmulatorCore, invoice: InvoiceRecord): void {
  finalizeInvoice(core, invoice, invoice.finalizesAt ?? core.now());
  const subscription = referenced(core.state.subscriptions, invoice.subscriptionId);
  const method = referenced(
    core.state.paymentMethods,
    subscription?.defaultPaymentMethodId ?? null,
  );
  if (method) payInvoice(core, invoice, method);
}

/** Charges a payment method for an open invoice; a card pays it at once. */
export function payInvoice(
  core: EmulatorCore,
  invoice: InvoiceRecord,
  method: PaymentMethodRecord,
): ChargeOutcome {
  const intent = newPaymentIntent(core, {
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
  const outcome = chargeIntent(core, intent, method, null);
  if (outcome === "succeeded") markInvoicePaid(core, invoice);
  return outcome;
}

export function markInvoicePaid(core: EmulatorCore, invoice: InvoiceRecord): void {
  const previous = {
    status: invoice.status,
    amount_paid: invoice.amountPaid,
    amount_remaining: invoice.amountDue - invoice.amountPaid,
  };
  invoice.status = "paid";
  invoice.amountPaid = invoice.amountDue;
  invoice.paidAt = core.now();
  // "invoice.updated: Sent when a payment succeeds or fails"
  // (https://docs.stripe.com/billing/subscriptions/webhooks).
  core.emit("invoice.updated", renderInvoice(core.render, invoice), AUTOMATIC, previous);
  core.emit("invoice.paid", renderInvoice(core.render, invoice), AUTOMATIC);
  core.emit("invoice.payment_succeeded", renderInvoice(core.render, invoice), AUTOMATIC);
  const subscription = referenced(core.state.subscriptions, invoice.subscriptionId);
  if (subscription?.status === "incomplete") {
    subscription.status = "active";
    core.emit(
      "customer.subscription.updated",
      renderSubscription(core.render, subscription),
      AUTOMATIC,
      { status: "incomplete" },
    );
  }
}
