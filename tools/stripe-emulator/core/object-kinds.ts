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
 * Stripe's errors (and so its collection, `GET /v1/<name>s/:id`), its table, and how it renders.
 * Retrieval routes and `expand[]` both go through this table.
 */

export interface ObjectKind {
  prefix: string;
  /** Stripe's name in "No such charge: 'ch_...'"; its collection is `/v1/<name>s`. */
  name: string;
  /** False where the resource routes `GET .../:id` itself (checkout sessions). */
  retrievable: boolean;
  render: (ctx: RenderContext, id: string) => object;
}

function kind<T>(
  prefix: string,
  name: string,
  table: (state: EmulatorState) => Record<string, T>,
  render: (ctx: RenderContext, record: T) => object,
  retrievable = true,
): ObjectKind {
  return {
    prefix,
    name,
    retrievable,
    render: (ctx, id) => {
      const record = table(ctx.state)[id];
      if (record === undefined) throw resourceMissing(name, id);
      return render(ctx, record);
    },
  };
}

/** Invoice payments are kept on their invoice (one each), by id. */
function invoicesByPaymentId(state: EmulatorState) {
  return Object.fromEntries(
    Object.values(state.invoices).map((invoice) => [invoice.invoicePaymentId, invoice]),
  );
}

export const OBJECT_KINDS: readonly ObjectKind[] = [
  kind("cs_", "checkout.session", (s) => s.sessions, renderSession, false),
  kind("pi_", "payment_intent", (s) => s.paymentIntents, renderPaymentIntent),
  kind("ch_", "charge", (s) => s.charges, renderCharge),
  kind("txn_", "balance_transaction", (s) => s.balanceTransactions, renderBalanceTransaction),
  kind("re_", "refund", (s) => s.refunds, renderRefund),
  kind("dp_", "dispute", (s) => s.disputes, renderDispute),
  kind("cus_", "customer", (s) => s.customers, renderCustomer),
  kind("sub_", "subscription", (s) => s.subscriptions, renderSubscription),
  kind("in_", "invoice", (s) => s.invoices, renderInvoice),
  kind("pm_", "payment_method", (s) => s.paymentMethods, renderPaymentMethod),
  kind("price_", "price", (s) => s.prices, renderPrice),
  kind("prod_", "product", (s) => s.products, renderProduct),
  kind("inpay_", "invoice_payment", invoicesByPaymentId, renderInvoicePayment),
];

/** Renders any object by id, by its prefix: the lookup used for retrieval and expansion. */
export function renderById(ctx: RenderContext, id: string): object {
  const entry = OBJECT_KINDS.find((candidate) => id.startsWith(candidate.prefix));
  if (!entry) throw resourceMissing("object", id);
  return entry.render(ctx, id);
}
