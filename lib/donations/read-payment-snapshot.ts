import "server-only";
// Reads one payment as Stripe has it now: the charge, its balance transaction (the amount, fee and
// net in the account's settlement currency), its refunds and whether it is disputed. Fulfilment
// converges the database on this snapshot instead of trusting what an event said or its order.
// A succeeded charge is a payment even before its balance transaction exists: with asynchronous
// capture (`capture_method: automatic_async`, the default of this API version) Stripe makes the
// balance transaction after the charge succeeds and announces it with `charge.updated`
// (https://docs.stripe.com/payments/payment-intents/asynchronous-capture;
// docs/decisions/023-settlement-later.md).
import type Stripe from "stripe";
import { idOf } from "./stripe-ids";

export interface RefundSnapshot {
  id: string;
  amount: number;
  currency: string;
  status: string;
  /** Positive minor units of the settlement currency taken back; 0 when not known yet. */
  settlementAmount: number;
  settlementCurrency: string | null;
}

/** What a payment added to the account, from its balance transaction. */
export interface SettlementSnapshot {
  amount: number;
  fee: number;
  net: number;
  currency: string;
}

export interface PaymentSnapshot {
  paymentIntentId: string;
  chargeId: string;
  invoiceId: string | null;
  amount: number;
  currency: string;
  paidAt: Date;
  /** Null while Stripe has not made the charge's balance transaction yet. */
  settlement: SettlementSnapshot | null;
  refunds: RefundSnapshot[];
  disputed: boolean;
  disputeStatus: string | null;
  /** Stripe's `livemode` of the charge: real money (true) or test money. */
  livemode: boolean;
  /** The payer's email on the charge (billing details), when Stripe has one. */
  email: string | null;
}

function balanceTransaction(
  value: string | Stripe.BalanceTransaction | null,
): Stripe.BalanceTransaction | null {
  return value !== null && typeof value === "object" ? value : null;
}

/** Refunds that took money back: counted against the total until they fail or are canceled. */
export function refundTakesMoney(status: string): boolean {
  return status === "succeeded" || status === "pending" || status === "requires_action";
}

async function readRefunds(stripe: Stripe, chargeId: string): Promise<RefundSnapshot[]> {
  const refunds: RefundSnapshot[] = [];
  for await (const refund of stripe.refunds.list({
    charge: chargeId,
    limit: 100,
    expand: ["data.balance_transaction"],
  })) {
    const txn = balanceTransaction(refund.balance_transaction);
    refunds.push({
      id: refund.id,
      amount: refund.amount,
      currency: refund.currency,
      status: refund.status ?? "pending",
      settlementAmount: txn ? Math.abs(txn.amount) : 0,
      settlementCurrency: txn?.currency ?? null,
    });
  }
  return refunds;
}

async function readDispute(
  stripe: Stripe,
  charge: Stripe.Charge,
): Promise<{ disputed: boolean; status: string | null }> {
  if (!charge.disputed) return { disputed: false, status: null };
  const disputes = await stripe.disputes.list({ charge: charge.id, limit: 1 });
  return { disputed: true, status: disputes.data[0]?.status ?? null };
}

/**
 * The snapshot of a charge, or null when it has not succeeded (declined, or a bank debit still
 * processing): only money that arrived is a payment. A succeeded charge whose balance transaction
 * is still null is a payment without its settlement figures.
 */
export async function readChargeSnapshot(
  stripe: Stripe,
  chargeId: string,
  invoiceId: string | null,
): Promise<PaymentSnapshot | null> {
  const charge = await stripe.charges.retrieve(chargeId, { expand: ["balance_transaction"] });
  const txn = balanceTransaction(charge.balance_transaction);
  const paymentIntentId = idOf(charge.payment_intent);
  if (charge.status !== "succeeded" || !paymentIntentId) return null;
  const [refunds, dispute] = await Promise.all([
    readRefunds(stripe, charge.id),
    readDispute(stripe, charge),
  ]);
  return {
    paymentIntentId,
    chargeId: charge.id,
    invoiceId,
    amount: charge.amount,
    currency: charge.currency,
    paidAt: new Date(charge.created * 1000),
    settlement: txn
      ? { amount: txn.amount, fee: txn.fee, net: txn.net, currency: txn.currency }
      : null,
    refunds,
    disputed: dispute.disputed,
    disputeStatus: dispute.status,
    livemode: charge.livemode,
    email: charge.billing_details.email,
  };
}

/** The snapshot of a payment intent's latest charge (null while nothing has been paid). */
export async function readPaymentIntentSnapshot(
  stripe: Stripe,
  paymentIntentId: string,
  invoiceId: string | null,
): Promise<{ intent: Stripe.PaymentIntent; payment: PaymentSnapshot | null }> {
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
  const chargeId = idOf(intent.latest_charge);
  const payment =
    intent.status === "succeeded" && chargeId
      ? await readChargeSnapshot(stripe, chargeId, invoiceId)
      : null;
  return { intent, payment };
}
