import { invalidRequest, resourceMissing } from "../errors";
import { metadataParam, optionalString, positiveIntegerOrNull } from "../form-params";
import { type ApiCall, type ApiRoute, listRoute, paginate } from "../http/api-route";
import { route } from "../http/router";
import { RefundRecord } from "../state";
import { createRefund } from "./refunds";
import { renderRefund } from "./render-refund";

const REASONS = RefundRecord.shape.reason.unwrap().options;
type Reason = (typeof REASONS)[number];

function isReason(value: string): value is Reason {
  return REASONS.some((reason) => reason === value);
}

export const refundRoutes: ApiRoute[] = [
  route("POST /v1/refunds", ({ core, params, context }: ApiCall) => {
    const reason = optionalString(params, "reason") ?? null;
    if (reason !== null && !isReason(reason)) {
      throw invalidRequest(
        "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer",
        "reason",
      );
    }
    return renderRefund(
      core.render,
      createRefund(
        core,
        {
          chargeId: optionalString(params, "charge") ?? null,
          paymentIntentId: optionalString(params, "payment_intent") ?? null,
          amount: positiveIntegerOrNull(params, "amount"),
          reason,
          metadata: metadataParam(params, "metadata"),
        },
        context,
      ),
    );
  }),
  listRoute("/v1/refunds", (state) => state.refunds, renderRefund, {
    charge: "chargeId",
    payment_intent: "paymentIntentId",
  }),
  route("GET /v1/charges/:id/refunds", ({ core, params }: ApiCall, id) => {
    if (!id.startsWith("ch_") || !core.state.charges[id]) throw resourceMissing("charge", id);
    const ctx = core.render;
    return paginate(
      Object.values(core.state.refunds).filter((refund) => refund.chargeId === id),
      params,
      `/v1/charges/${id}/refunds`,
      (refund) => renderRefund(ctx, refund),
    );
  }),
];
