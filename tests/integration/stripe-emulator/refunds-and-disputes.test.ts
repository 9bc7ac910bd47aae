import Stripe from "stripe";
import { describe, expect, test } from "@/tests/support/integration-test";
import {
  donationParams,
  eventTypes,
  type Harness,
  payWithCard,
  waitFor,
  waitForEvent,
} from "@/tests/support/stripe-emulator-harness";

async function paidCharge({ stripe, emulator }: Harness): Promise<Stripe.Charge> {
  const session = await stripe.checkout.sessions.create(donationParams());
  await payWithCard(emulator, session.id, "4242424242424242");
  const completed = await stripe.checkout.sessions.retrieve(session.id, {
    expand: ["payment_intent.latest_charge"],
  });
  const intent = completed.payment_intent;
  if (typeof intent !== "object" || intent === null)
    throw new Error("payment_intent was not expanded");
  const charge = intent.latest_charge;
  if (typeof charge !== "object" || charge === null)
    throw new Error("latest_charge was not expanded");
  return charge;
}

describe("refunds", () => {
  test("adds up two partial refunds to a full refund, each with a negative balance transaction", async ({
    harness,
  }) => {
    const { stripe, receiver } = harness;
    const charge = await paidCharge(harness);

    const first = await stripe.refunds.create({
      charge: charge.id,
      amount: 1000,
      reason: "requested_by_customer",
    });
    expect(first).toMatchObject({
      object: "refund",
      amount: 1000,
      status: "succeeded",
      charge: charge.id,
    });
    let updated = await stripe.charges.retrieve(charge.id);
    expect(updated.amount_refunded).toBe(1000);
    expect(updated.refunded).toBe(false);

    const second = await stripe.refunds.create({
      payment_intent: String(charge.payment_intent),
      amount: 1500,
    });
    updated = await stripe.charges.retrieve(charge.id);
    expect(updated.amount_refunded).toBe(2500);
    expect(updated.refunded).toBe(true);

    const refunds = await stripe.refunds.list({
      charge: charge.id,
      expand: ["data.balance_transaction"],
    });
    expect(refunds.data.map((refund) => refund.id).sort()).toEqual([first.id, second.id].sort());
    const amounts = refunds.data.map((refund) =>
      typeof refund.balance_transaction === "object" && refund.balance_transaction !== null
        ? refund.balance_transaction.amount
        : 0,
    );
    expect(amounts.sort((a, b) => a - b)).toEqual([-1500, -1000]);

    const error = await stripe.refunds
      .create({ charge: charge.id, amount: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    if (error instanceof Stripe.errors.StripeInvalidRequestError)
      expect(error.code).toBe("charge_already_refunded");

    await waitFor(
      () => eventTypes(receiver).filter((type) => type === "charge.refunded").length === 2,
      "two charge.refunded",
    );
    expect(eventTypes(receiver).filter((type) => type === "refund.created")).toHaveLength(2);
    const last = receiver.events
      .filter(({ event }) => event.type === "charge.refunded")
      .at(-1)?.event;
    if (last?.type !== "charge.refunded") throw new Error("no charge.refunded");
    expect(last.data.object.amount_refunded).toBe(2500);
  });

  test("refuses to refund more than is left on the charge", async ({ harness }) => {
    const { stripe } = harness;
    const charge = await paidCharge(harness);
    await expect(stripe.refunds.create({ charge: charge.id, amount: 3000 })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      param: "amount",
      code: "amount_too_large",
    });
  });

  test("reports a refund that failed later with refund.updated", async ({ harness }) => {
    const { stripe, emulator, receiver } = harness;
    const charge = await paidCharge(harness);
    const refund = await stripe.refunds.create({ charge: charge.id });
    const failed = emulator.failRefund(refund.id);
    expect(failed.status).toBe("failed");
    expect((await stripe.charges.retrieve(charge.id)).amount_refunded).toBe(0);
    await waitFor(() => eventTypes(receiver).includes("refund.updated"), "refund.updated");
  });
});

describe("disputes", () => {
  test("opens a dispute on a charge and closes it, with charge.dispute.created and charge.dispute.closed", async ({
    harness,
  }) => {
    const { stripe, emulator, receiver } = harness;
    const charge = await paidCharge(harness);
    const response = await fetch(`${emulator.url}/_emulator/charges/${charge.id}/dispute`, {
      method: "POST",
      body: JSON.stringify({ reason: "fraudulent" }),
    });
    expect(response.status).toBe(200);
    const opened: unknown = await response.json();
    if (
      typeof opened !== "object" ||
      opened === null ||
      !("id" in opened) ||
      typeof opened.id !== "string"
    ) {
      throw new Error("the control endpoint did not answer with a dispute");
    }
    expect(opened.id).toMatch(/^dp_/);

    const dispute = await stripe.disputes.retrieve(opened.id);
    expect(dispute).toMatchObject({
      object: "dispute",
      amount: 2500,
      charge: charge.id,
      status: "needs_response",
    });
    expect(dispute.balance_transactions[0]).toMatchObject({ amount: -2500, fee: 1500, net: -4000 });
    expect((await stripe.charges.retrieve(charge.id)).disputed).toBe(true);

    const closed = emulator.closeDispute(opened.id, "won");
    expect(closed.status).toBe("won");
    const closedEvent = await waitForEvent(receiver, "charge.dispute.closed");
    expect(eventTypes(receiver)).toContain("charge.dispute.created");
    expect(closedEvent.data.object.status).toBe("won");
  });
});
