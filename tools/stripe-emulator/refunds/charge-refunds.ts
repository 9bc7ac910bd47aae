import type { RenderContext } from "../core/render-context";
import type { RefundRecord } from "../state";

export function chargeRefunds(ctx: RenderContext, chargeId: string): RefundRecord[] {
  return Object.values(ctx.state.refunds)
    .filter((refund) => refund.chargeId === chargeId)
    .sort((a, b) => b.created - a.created);
}

/** Refunded so far: pending and succeeded refunds count, failed and canceled ones do not. */
export function amountRefunded(ctx: RenderContext, chargeId: string): number {
  return chargeRefunds(ctx, chargeId)
    .filter((refund) => refund.status === "pending" || refund.status === "succeeded")
    .reduce((sum, refund) => sum + refund.amount, 0);
}
