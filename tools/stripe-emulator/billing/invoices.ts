import { AUTOMATIC, type EmulatorCore } from "../core/emulator-core";
import { newId } from "../ids";
import { type ChargeOutcome, chargeIntent, newPaymentIntent } from "../payments/payment-intents";
import type { InvoiceRecord, PaymentMethodRecord, SubscriptionRecord } from "../state";
import { renderInvoice } from "./render-billing";

/** A finalized, unpaid invoice for the subscription's current period (`invoice.created`, `.finalized`). */
export function openInvoice(
  core: EmulatorCore,
  subscription: SubscriptionRecord,
  reason: InvoiceRecord["billingReason"],
  customerEmail: string | null,
): InvoiceRecord {
  const price = core.state.prices[subscription.priceId];
  const product = price ? core.state.products[price.productId] : undefined;
  if (!price || !product) throw new Error(`Subscription ${subscription.id} has lost its price`);
  core.state.invoiceCounter += 1;
  const amount = price.unitAmount * subscription.quantity;
  const now = core.now();
  const invoice: InvoiceRecord = {
    id: newId("in"),
    created: now,
    number: `EMU-${String(core.state.invoiceCounter).padStart(4, "0")}`,
    customerId: subscription.customerId,
    customerEmail: customerEmail ?? core.state.customers[subscription.customerId]?.email ?? null,
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
  core.state.invoices[invoice.id] = invoice;
  subscription.latestInvoiceId = invoice.id;
  return invoice;
}

export function announceInvoice(core: EmulatorCore, invoice: InvoiceRecord): void {
  core.emit("invoice.created", renderInvoice(core.render, invoice), AUTOMATIC);
  core.emit("invoice.finalized", renderInvoice(core.render, invoice), AUTOMATIC);
}

/** Charges the saved payment method for an invoice; a card pays it at once. */
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
  invoice.status = "paid";
  invoice.amountPaid = invoice.amountDue;
  invoice.paidAt = core.now();
  core.emit("invoice.paid", renderInvoice(core.render, invoice), AUTOMATIC);
  core.emit("invoice.payment_succeeded", renderInvoice(core.render, invoice), AUTOMATIC);
}
