import { AUTOMATIC, type EmulatorCore, type RequestContext } from "../core/emulator-core";
import { invalidRequest, resourceMissing } from "../errors";
import { newId } from "../ids";
import { addBalanceTransaction } from "../payments/balance-transactions";
import { findCharge, findPaymentIntent } from "../payments/payment-intents";
import { renderCharge } from "../payments/render-payments";
import type { ChargeRecord, RefundRecord } from "../state";
import { amountRefunded } from "./charge-refunds";
import { renderRefund } from "./render-refund";

export function createRefund(
  core: EmulatorCore,
  input: {
    chargeId: string | null;
    paymentIntentId: string | null;
    amount: number | null;
    reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
    metadata: Record<string, string>;
  },
  request: RequestContext,
): RefundRecord {
  return core.flow(() => {
    let charge: ChargeRecord;
    if (input.chargeId !== null) {
      charge = findCharge(core, input.chargeId);
    } else if (input.paymentIntentId !== null) {
      const intent = findPaymentIntent(core, input.paymentIntentId);
      if (!intent.latestChargeId || intent.status !== "succeeded") {
        throw invalidRequest(
          `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
          "payment_intent",
          "charge_not_refundable",
        );
      }
      charge = findCharge(core, intent.latestChargeId);
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
    const remaining = charge.amount - amountRefunded(core.render, charge.id);
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
    const txn = addBalanceTransaction(core, {
      sourceAmount: -amount,
      sourceCurrency: charge.currency,
      fee: 0,
      sourceId: refundId,
      type: "refund",
      reportingCategory: "refund",
      description: "REFUND FOR CHARGE",
    });
    const refund: RefundRecord = {
      id: refundId,
      created: core.now(),
      amount,
      currency: charge.currency,
      chargeId: charge.id,
      paymentIntentId: charge.paymentIntentId,
      reason: input.reason,
      metadata: input.metadata,
      status: "succeeded",
      balanceTransactionId: txn.id,
      failureBalanceTransactionId: null,
      failureReason: null,
    };
    core.state.refunds[refund.id] = refund;
    core.emit("refund.created", renderRefund(core.render, refund), request);
    core.emit("charge.refunded", renderCharge(core.render, charge), request);
    return refund;
  });
}

/** Makes a refund fail after the fact, as a card refund to a closed account does. */
export function failRefund(core: EmulatorCore, refundId: string): RefundRecord {
  return core.flow(() => {
    const refund = core.state.refunds[refundId];
    if (!refund) throw resourceMissing("refund", refundId);
    if (refund.status === "failed") throw invalidRequest(`Refund ${refundId} has already failed.`);
    const charge = findCharge(core, refund.chargeId);
    const txn = addBalanceTransaction(core, {
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
    core.emit("refund.updated", renderRefund(core.render, refund), AUTOMATIC, {
      status: "succeeded",
    });
    core.emit("refund.failed", renderRefund(core.render, refund), AUTOMATIC);
    core.emit("charge.refund.updated", renderRefund(core.render, refund), AUTOMATIC, {
      status: "succeeded",
    });
    core.emit("charge.updated", renderCharge(core.render, charge), AUTOMATIC);
    return refund;
  });
}
