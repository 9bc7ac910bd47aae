import "server-only";
// The one place donation rows change after checkout starts. Every caller (the webhook for each
// event type, the success page) first reads Stripe's current state, then hands it here; this
// function moves the rows to match, inside one transaction that holds the donation's row lock.
// Because it converges on Stripe's state instead of applying "what the event said", the order and
// number of deliveries do not matter; the public counters move by the difference between what the
// donation has counted so far (countedDonor/countedRaised) and what it should count now, "donors"
// by person (record-donor.ts), each in its Stripe mode's counters (real or test money).
// See docs/decisions/005-donations-exactly-once.md and 027-donors-and-test-money.md.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Donation, DonationPayment, Prisma } from "@/lib/generated/prisma/client";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log";
import { ok, type Refusal, type Result, refuse } from "@/lib/result";
import { announceStatsChanged } from "@/lib/stats/announce-stats-changed";
import { adjustDonationCounters } from "./adjust-donation-counters";
import {
  type PaymentSnapshot,
  refundTakesMoney,
  type SettlementSnapshot,
} from "./read-payment-snapshot";
import { countDonor, donationOnlyKey, donorEmailKey, isEmailKey } from "./record-donor";

export interface CheckoutState {
  sessionId: string;
  status: "open" | "complete" | "expired";
  /**
   * For a complete session that is not paid: a bank debit on its way, or one that failed. For an
   * expired session: "failed" when its payment was refused (a declined card) before it expired.
   */
  pendingPayment: "processing" | "failed" | null;
  customerId: string | null;
  subscriptionId: string | null;
}

export interface DonationChange {
  checkout?: CheckoutState;
  /** Payments that succeeded, as Stripe has them now (with their refunds and disputes). */
  payments?: PaymentSnapshot[];
  subscriptionId?: string | null;
  /** The monthly gift ended (its subscription was deleted) at this time. */
  endedAt?: Date | null;
  /** How it ended: canceled (on purpose) or incomplete_expired (its first payment never came). */
  endedAs?: "canceled" | "incomplete_expired" | null;
  /** Stripe's `livemode` of the object read: real money or test money. */
  livemode?: boolean;
  /** The donor's email as Stripe has it (Checkout's customer_details): whom the gift counts for. */
  donorEmail?: string | null;
}

/** The Stripe event that caused this change: recorded in the same transaction as the change. */
export interface StripeEventRef {
  id: string;
  type: string;
}

/** The donation as it now stands, or why nothing was changed. */
export type ConvergeRefusal = Refusal<"duplicateEvent"> | Refusal<"unknownDonation">;
export type ConvergeOutcome = Result<Donation, ConvergeRefusal>;

const donationIdSchema = z.uuid();

/**
 * Statuses a donation can still leave; PAID is final for the status (refunds are counted apart).
 * EXPIRED, FAILED and CANCELLED end an unpaid gift (schema.prisma says which is which); only a
 * payment that arrives after all (a retried first invoice) moves one on, to PAID.
 */
function nextStatus(
  current: DonationStatus,
  hasPayment: boolean,
  checkout: CheckoutState | undefined,
  endedAs: DonationChange["endedAs"],
): DonationStatus {
  if (hasPayment) return DonationStatus.PAID;
  if (current === DonationStatus.PAID) return current;
  const unfinished = current === DonationStatus.PENDING || current === DonationStatus.PROCESSING;
  if (endedAs && unfinished) {
    return endedAs === "canceled" ? DonationStatus.CANCELLED : DonationStatus.EXPIRED;
  }
  if (!checkout) return current;
  if (checkout.status === "expired" && current === DonationStatus.PENDING) {
    return checkout.pendingPayment === "failed" ? DonationStatus.FAILED : DonationStatus.EXPIRED;
  }
  if (checkout.status === "complete") {
    if (checkout.pendingPayment === "failed") return DonationStatus.FAILED;
    if (checkout.pendingPayment === "processing" && current === DonationStatus.PENDING) {
      return DonationStatus.PROCESSING;
    }
  }
  return current;
}

function settlementFields(settlement: SettlementSnapshot | null) {
  return {
    settlementAmount: settlement?.amount ?? null,
    settlementFee: settlement?.fee ?? null,
    settlementNet: settlement?.net ?? null,
    settlementCurrency: settlement?.currency ?? null,
  };
}

async function applyPayment(
  tx: Prisma.TransactionClient,
  donationId: string,
  snapshot: PaymentSnapshot,
): Promise<void> {
  const existing = await tx.donationPayment.findUnique({
    where: { stripePaymentIntentId: snapshot.paymentIntentId },
  });
  if (existing && existing.donationId !== donationId) {
    log.error(
      { paymentIntentId: snapshot.paymentIntentId, donationId, recordedFor: existing.donationId },
      "donations: a payment belongs to another donation; left unchanged",
    );
    return;
  }
  const payment =
    existing === null
      ? await tx.donationPayment.create({
          data: {
            donationId,
            stripePaymentIntentId: snapshot.paymentIntentId,
            stripeChargeId: snapshot.chargeId,
            stripeInvoiceId: snapshot.invoiceId,
            amount: snapshot.amount,
            currency: snapshot.currency,
            ...settlementFields(snapshot.settlement),
            disputed: snapshot.disputed,
            disputeStatus: snapshot.disputeStatus,
            paidAt: snapshot.paidAt,
            livemode: snapshot.livemode,
          },
        })
      : await tx.donationPayment.update({
          where: { id: existing.id },
          data: {
            stripeInvoiceId: existing.stripeInvoiceId ?? snapshot.invoiceId,
            // The balance transaction arrives once (charge.updated, or any later read) and never
            // changes: written when first seen, and an older snapshot without it changes nothing.
            ...(existing.settlementAmount === null ? settlementFields(snapshot.settlement) : {}),
            // A dispute never un-happens; its status follows Stripe's.
            disputed: existing.disputed || snapshot.disputed,
            disputeStatus: snapshot.disputeStatus ?? existing.disputeStatus,
            // Stripe's word on the mode; rows recorded before it was kept were assumed test.
            livemode: snapshot.livemode,
          },
        });

  for (const refund of snapshot.refunds) {
    const known = await tx.donationRefund.findUnique({ where: { id: refund.id } });
    if (known === null) {
      await tx.donationRefund.create({
        data: {
          id: refund.id,
          paymentId: payment.id,
          amount: refund.amount,
          currency: refund.currency,
          status: refund.status,
          settlementAmount: refund.settlementAmount,
          settlementCurrency: refund.settlementCurrency,
        },
      });
    } else if (known.status !== "failed" && known.status !== "canceled") {
      // Failed and canceled are final: an older snapshot read before the failure cannot undo it.
      await tx.donationRefund.update({
        where: { id: refund.id },
        data: {
          status: refund.status,
          settlementAmount: refund.settlementAmount || known.settlementAmount,
          settlementCurrency: refund.settlementCurrency ?? known.settlementCurrency,
        },
      });
    }
  }

  // Totals come from the stored refunds, never from one snapshot, so they only move forward.
  const refunds = await tx.donationRefund.findMany({ where: { paymentId: payment.id } });
  const taking = refunds.filter((refund) => refundTakesMoney(refund.status));
  const amountRefunded = Math.min(
    payment.amount,
    taking.reduce((sum, refund) => sum + refund.amount, 0),
  );
  const settlementRefunded = taking.reduce((sum, refund) => sum + refund.settlementAmount, 0);
  if (
    amountRefunded !== payment.amountRefunded ||
    settlementRefunded !== payment.settlementRefunded
  ) {
    await tx.donationPayment.update({
      where: { id: payment.id },
      data: { amountRefunded, settlementRefunded },
    });
  }
}

type SettledPayment = DonationPayment & { settlementAmount: number; settlementCurrency: string };

/** Whether Stripe has made the payment's balance transaction (decision 023). */
function isSettled(payment: DonationPayment): payment is SettledPayment {
  return payment.settlementAmount !== null && payment.settlementCurrency !== null;
}

/**
 * Moves the donation's donor from where it is counted now to where it should be: its identity (the
 * email's, once known) in its Stripe mode, counting while `isDonor`. Returns the identity's id.
 * The "donors" counters move once per mode, test money's first, so every transaction takes the
 * counter rows in the same order (two moves of one metric in one transaction could deadlock).
 */
async function recountDonor(
  tx: Prisma.TransactionClient,
  donation: Donation,
  target: { livemode: boolean; email: string | null },
  isDonor: boolean,
): Promise<string | null> {
  const current = donation.donorIdentityId
    ? await tx.donorIdentity.findUnique({ where: { id: donation.donorIdentityId } })
    : null;
  // An email, once known, is kept: later reads without one (a renewal's charge) change nothing.
  const key = target.email
    ? donorEmailKey(target.email)
    : current && isEmailKey(current.key)
      ? current.key
      : donationOnlyKey(donation.id);
  const place = { livemode: target.livemode, key };
  const donors = { test: 0, live: 0 };
  const add = (livemode: boolean, delta: number) => {
    donors[livemode ? "live" : "test"] += delta;
  };
  let identityId: string | null;
  if (current && current.livemode === place.livemode && current.key === place.key) {
    const delta = Number(isDonor) - Number(donation.countedDonor);
    if (delta !== 0) add(place.livemode, (await countDonor(tx, place, delta > 0 ? 1 : -1)).donors);
    identityId = current.id;
  } else {
    // Another identity (the email arrived, or Stripe said which mode): leave the old, join the new.
    if (current && donation.countedDonor) {
      add(current.livemode, (await countDonor(tx, current, -1)).donors);
    }
    if (!isDonor && !current) return null;
    const joined = await countDonor(tx, place, isDonor ? 1 : 0);
    add(place.livemode, joined.donors);
    identityId = joined.identityId;
  }
  for (const livemode of [false, true]) {
    const delta = donors[livemode ? "live" : "test"];
    if (delta !== 0) {
      await adjustDonationCounters(tx, { livemode, donors: delta, raised: 0, currency: null });
    }
  }
  return identityId;
}

/** Brings the donation's status and its share of the public counters in line with its rows. */
async function recount(
  tx: Prisma.TransactionClient,
  donation: Donation,
  change: DonationChange,
): Promise<Donation> {
  const payments = await tx.donationPayment.findMany({
    where: { donationId: donation.id },
    orderBy: { paidAt: "asc" },
  });
  const first = payments[0];
  // Real or test money: Stripe's word when this change read an object, else what is known. A
  // donation whose mode is not known yet is counted with the test money (never shown as real).
  const livemode = change.livemode ?? donation.livemode;
  const countedMode = donation.livemode ?? false;
  const mode = livemode ?? false;
  // The site's rule: paid, minus refunds. Gross amounts, in the settlement currency, for payments
  // whose balance transaction Stripe has made (until then the amount settled is not known).
  const settled = payments.filter(isSettled);
  const currency = settled[0]?.settlementCurrency ?? donation.countedCurrency;
  const raised = settled
    .filter((payment) => payment.settlementCurrency === currency)
    .reduce((sum, payment) => sum + payment.settlementAmount - payment.settlementRefunded, 0);
  // A donor from the moment a charge succeeds, settled or not.
  const isDonor = payments.some((payment) => payment.amount - payment.amountRefunded > 0);

  if (
    donation.countedCurrency &&
    currency &&
    (donation.countedCurrency !== currency || countedMode !== mode)
  ) {
    // The account's settlement currency changed, or Stripe said the money is of the other mode:
    // take the old figure out of where it was counted, and count the new one where it belongs.
    await adjustDonationCounters(tx, {
      livemode: countedMode,
      donors: 0,
      raised: -donation.countedRaised,
      currency: donation.countedCurrency,
    });
    await adjustDonationCounters(tx, { livemode: mode, donors: 0, raised, currency });
  } else {
    await adjustDonationCounters(tx, {
      livemode: mode,
      donors: 0,
      raised: raised - donation.countedRaised,
      currency,
    });
  }
  const email =
    change.donorEmail ?? change.payments?.find((payment) => payment.email)?.email ?? null;
  const donorIdentityId = await recountDonor(tx, donation, { livemode: mode, email }, isDonor);

  const checkout = change.checkout;
  const sameSession =
    checkout !== undefined &&
    (donation.stripeCheckoutSessionId === null ||
      donation.stripeCheckoutSessionId === checkout.sessionId);
  return tx.donation.update({
    where: { id: donation.id },
    data: {
      status: nextStatus(
        donation.status,
        first !== undefined,
        sameSession ? checkout : undefined,
        change.endedAs,
      ),
      paidAt: donation.paidAt ?? first?.paidAt ?? null,
      livemode,
      stripeCheckoutSessionId: donation.stripeCheckoutSessionId ?? checkout?.sessionId ?? null,
      stripeCustomerId: donation.stripeCustomerId ?? checkout?.customerId ?? null,
      stripeSubscriptionId:
        donation.stripeSubscriptionId ?? checkout?.subscriptionId ?? change.subscriptionId ?? null,
      endedAt: donation.endedAt ?? change.endedAt ?? null,
      disputed: donation.disputed || payments.some((payment) => payment.disputed),
      countedDonor: isDonor,
      donorIdentityId,
      countedRaised: raised,
      countedCurrency: currency,
    },
  });
}

/**
 * Applies `change` to the donation, once per Stripe event: with `event`, the event id is inserted
 * in the same transaction, so a redelivered (or concurrently delivered) event finds it and changes
 * nothing. Without an event (the success page), the change still converges and so is harmless to
 * repeat.
 */
export async function convergeDonation(
  donationId: string | null | undefined,
  change: DonationChange,
  event?: StripeEventRef,
): Promise<ConvergeOutcome> {
  const id = donationIdSchema.safeParse(donationId);
  const outcome = await db.$transaction(
    async (tx): Promise<ConvergeOutcome> => {
      if (event) {
        // A concurrent delivery of the same event waits here on the primary key until the first
        // commits, then finds the row: exactly one of them applies the change.
        const inserted = await tx.$executeRaw`
          INSERT INTO "StripeEvent" ("id", "type") VALUES (${event.id}, ${event.type})
          ON CONFLICT ("id") DO NOTHING`;
        if (inserted === 0) return refuse("duplicateEvent");
      }
      if (!id.success) return refuse("unknownDonation");
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "Donation" WHERE "id" = ${id.data}::uuid FOR UPDATE`;
      if (locked.length === 0) return refuse("unknownDonation");
      const donation = await tx.donation.findUniqueOrThrow({ where: { id: id.data } });
      for (const payment of change.payments ?? []) {
        await applyPayment(tx, donation.id, payment);
      }
      return ok(await recount(tx, donation, change));
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  // The donors and raised figures may have moved: the open pages' counters read them again (each
  // instance sends nothing to its pages when they did not; docs/decisions/028-live-counter.md).
  if (outcome.ok) announceStatsChanged();
  return outcome;
}
