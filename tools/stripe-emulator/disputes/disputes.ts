import { AUTOMATIC, DAY, type EmulatorCore, type RequestContext } from "../core/emulator-core";
import { invalidRequest, resourceMissing } from "../errors";
import { newId } from "../ids";
import { DISPUTE_FEE_MINOR } from "../money";
import { addBalanceTransaction } from "../payments/balance-transactions";
import { findCharge } from "../payments/payment-intents";
import { amountRefunded } from "../refunds/charge-refunds";
import type { DisputeRecord } from "../state";
import { renderDispute } from "./render-dispute";

export function openDispute(
  core: EmulatorCore,
  chargeId: string,
  options: { amount?: number; reason?: string } = {},
): DisputeRecord {
  return core.flow(() => {
    const charge = findCharge(core, chargeId);
    if (charge.status !== "succeeded")
      throw invalidRequest(`Charge ${chargeId} has not succeeded.`, "charge");
    if (charge.disputed) throw invalidRequest(`Charge ${chargeId} is already disputed.`, "charge");
    const amount = options.amount ?? charge.amount - amountRefunded(core.render, charge.id);
    const disputeId = newId("dp");
    const txn = addBalanceTransaction(core, {
      sourceAmount: -amount,
      sourceCurrency: charge.currency,
      fee: DISPUTE_FEE_MINOR,
      sourceId: disputeId,
      type: "adjustment",
      reportingCategory: "dispute",
      description: `Chargeback withdrawal for ${charge.id}`,
    });
    const dispute: DisputeRecord = {
      id: disputeId,
      created: core.now(),
      amount,
      currency: charge.currency,
      chargeId: charge.id,
      paymentIntentId: charge.paymentIntentId,
      reason: options.reason ?? "fraudulent",
      status: "needs_response",
      balanceTransactionIds: [txn.id],
      evidenceDueBy: core.now() + 7 * DAY,
    };
    core.state.disputes[dispute.id] = dispute;
    charge.disputed = true;
    core.emit("charge.dispute.created", renderDispute(core.render, dispute), AUTOMATIC);
    core.emit("charge.dispute.funds_withdrawn", renderDispute(core.render, dispute), AUTOMATIC);
    return dispute;
  });
}

/** Closes a dispute: `won` returns the funds, `lost` keeps them withdrawn. */
export function closeDispute(
  core: EmulatorCore,
  disputeId: string,
  outcome: "won" | "lost",
  request: RequestContext,
): DisputeRecord {
  return core.flow(() => {
    const dispute = core.state.disputes[disputeId];
    if (!dispute) throw resourceMissing("dispute", disputeId, "dispute");
    if (dispute.status === "won" || dispute.status === "lost") {
      throw invalidRequest(`This dispute is already closed (${dispute.status}).`, "dispute");
    }
    const previous = dispute.status;
    dispute.status = outcome;
    if (outcome === "won") {
      const txn = addBalanceTransaction(core, {
        sourceAmount: dispute.amount,
        sourceCurrency: dispute.currency,
        fee: 0,
        sourceId: dispute.id,
        type: "adjustment",
        reportingCategory: "dispute_reversal",
        description: `Chargeback reversal for ${dispute.chargeId}`,
      });
      dispute.balanceTransactionIds.push(txn.id);
      core.emit("charge.dispute.funds_reinstated", renderDispute(core.render, dispute), request);
    }
    core.emit("charge.dispute.closed", renderDispute(core.render, dispute), request, {
      status: previous,
    });
    return dispute;
  });
}
