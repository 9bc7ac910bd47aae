import {
  renderCustomer,
  renderInvoice,
  renderInvoicePayment,
  renderSubscription,
} from "../billing/render-billing";
import { renderPrice, renderProduct } from "../catalog/render-catalog";
import { renderSession } from "../checkout-sessions/render-checkout-session";
import { renderDispute } from "../disputes/render-dispute";
import { resourceMissing } from "../errors";
import {
  renderBalanceTransaction,
  renderCharge,
  renderPaymentIntent,
  renderPaymentMethod,
} from "../payments/render-payments";
import { renderRefund } from "../refunds/render-refund";
import type { EmulatorState } from "../state";
import type { RenderContext } from "./render-context";

/*
 * Every kind of object the emulator keeps, known by the prefix of its id (`pi_...`): its name in
 * Stripe's errors, where `GET /v1/<collection>/:id` retrieves it, and how it renders. Retrieval
 * routes and `expand[]` both go through this table.
 */

export interface ObjectKind {
  prefix: string;
  /** Stripe's name in "No such charge: 'ch_...'". */
  name: string;
  /** The collection `GET /v1/<collection>/:id` reads; null where a resource routes it itself. */
  collection: string | null;
  render: (ctx: RenderContext, id: string) => object;
}

function kind<T>(
  prefix: string,
  name: string,
  collection: string | null,
  find: (state: EmulatorState, id: string) => T | undefined,
  render: (ctx: RenderContext, record: T) => object,
): ObjectKind {
  return {
    prefix,
    name,
    collection,
    render: (ctx, id) => {
      const record = find(ctx.state, id);
      if (record === undefined) throw resourceMissing(name, id);
      return render(ctx, record);
    },
  };
}

export const OBJECT_KINDS: readonly ObjectKind[] = [
  kind("cs_", "checkout.session", null, (s, id) => s.sessions[id], renderSession),
  kind(
    "pi_",
    "payment_intent",
    "payment_intents",
    (s, id) => s.paymentIntents[id],
    renderPaymentIntent,
  ),
  kind("ch_", "charge", "charges", (s, id) => s.charges[id], renderCharge),
  kind(
    "txn_",
    "balance_transaction",
    "balance_transactions",
    (s, id) => s.balanceTransactions[id],
    renderBalanceTransaction,
  ),
  kind(
    "re_",
    "refund",
    "refunds",
    (s, id) => s.refunds[id],
    (_, refund) => renderRefund(refund),
  ),
  kind("dp_", "dispute", "disputes", (s, id) => s.disputes[id], renderDispute),
  kind(
    "cus_",
    "customer",
    "customers",
    (s, id) => s.customers[id],
    (_, customer) => renderCustomer(customer),
  ),
  kind("sub_", "subscription", "subscriptions", (s, id) => s.subscriptions[id], renderSubscription),
  kind("in_", "invoice", "invoices", (s, id) => s.invoices[id], renderInvoice),
  kind(
    "pm_",
    "payment_method",
    "payment_methods",
    (s, id) => s.paymentMethods[id],
    (_, method) => renderPaymentMethod(method),
  ),
  kind(
    "price_",
    "price",
    "prices",
    (s, id) => s.prices[id],
    (_, price) => renderPrice(price),
  ),
  kind(
    "prod_",
    "product",
    "products",
    (s, id) => s.products[id],
    (_, product) => renderProduct(product),
  ),
  kind(
    "inpay_",
    "invoice_payment",
    "invoice_payments",
    // One payment per invoice: it is kept on the invoice.
    (s, id) => Object.values(s.invoices).find((invoice) => invoice.invoicePaymentId === id),
    (_, invoice) => renderInvoicePayment(invoice),
  ),
];

/** Renders any object by id, by its prefix: the lookup used for retrieval and expansion. */
export function renderById(ctx: RenderContext, id: string): object {
  const entry = OBJECT_KINDS.find((candidate) => id.startsWith(candidate.prefix));
  if (!entry) throw resourceMissing("object", id);
  return entry.render(ctx, id);
}
