import { AUTOMATIC, type EmulatorCore } from "../core/emulator-core";
import { requireRecord } from "../core/render-context";
import { newId } from "../ids";
import type {
  ChargeRecord,
  PaymentErrorRecord,
  PaymentIntentRecord,
  PaymentMethodRecord,
} from "../state";
import { addChargeBalanceTransaction } from "./balance-transactions";
import { isBalanceTransactionLate } from "./late-balance-transactions";
import { paymentMethodTypesFor } from "./payment-method-types";
import { renderCharge, renderPaymentIntent } from "./render-payments";

/*
 * Payment methods, payment intents and charges: what a checkout session or an invoice creates to
 * take a payment. Cards succeed or decline at once; bank debits are processing until they settle
 * (bank-debits.ts).
 */

export type ChargeOutcome = "succeeded" | "processing" | "declined";

export function findPaymentIntent(core: EmulatorCore, id: string): PaymentIntentRecord {
  return requireRecord(core.state.paymentIntents, id, "payment_intent", "intent");
}

export function findCharge(core: EmulatorCore, id: string): ChargeRecord {
  return requireRecord(core.state.charges, id, "charge", "charge");
}

export function findPaymentMethod(core: EmulatorCore, id: string): PaymentMethodRecord {
  return requireRecord(core.state.paymentMethods, id, "payment_method", "payment_method");
}

export function createPaymentMethod(
  core: EmulatorCore,
  method: Omit<PaymentMethodRecord, "id" | "created">,
): PaymentMethodRecord {
  const record: PaymentMethodRecord = { id: newId("pm"), created: core.now(), ...method };
  core.state.paymentMethods[record.id] = record;
  return record;
}

export function newPaymentIntent(
  core: EmulatorCore,
  input: {
    amount: number;
    currency: string;
    customerId: string | null;
    description: string | null;
    metadata: Record<string, string>;
    sessionId: string | null;
    invoiceId: string | null;
  },
): PaymentIntentRecord {
  const intent: PaymentIntentRecord = {
    id: newId("pi"),
    created: core.now(),
    status: "requires_payment_method",
    paymentMethodId: null,
    paymentMethodTypes: paymentMethodTypesFor(input.currency),
    latestChargeId: null,
    lastPaymentError: null,
    receiptEmail: null,
    canceledAt: null,
    settlesAt: null,
    ...input,
  };
  core.state.paymentIntents[intent.id] = intent;
  return intent;
}

function newCharge(
  core: EmulatorCore,
  intent: PaymentIntentRecord,
  method: PaymentMethodRecord,
  status: ChargeRecord["status"],
): ChargeRecord {
  const charge: ChargeRecord = {
    id: newId("ch"),
    created: core.now(),
    amount: intent.amount,
    currency: intent.currency,
    status,
    paymentIntentId: intent.id,
    paymentMethodId: method.id,
    customerId: intent.customerId,
    description: intent.description,
    metadata: intent.metadata,
    balanceTransactionId: null,
    failureCode: null,
    failureMessage: null,
    disputed: false,
    receiptEmail: method.billingEmail,
  };
  core.state.charges[charge.id] = charge;
  intent.latestChargeId = charge.id;
  intent.paymentMethodId = method.id;
  return charge;
}

/** The two events of each step of a payment: one for the charge, one for the intent. */
const PAYMENT_EVENTS = {
  processing: ["charge.pending", "payment_intent.processing"],
  succeeded: ["charge.succeeded", "payment_intent.succeeded"],
  failed: ["charge.failed", "payment_intent.payment_failed"],
} as const;

function announcePayment(
  core: EmulatorCore,
  step: keyof typeof PAYMENT_EVENTS,
  payment: { intent: PaymentIntentRecord; charge: ChargeRecord },
): void {
  const [chargeEvent, intentEvent] = PAYMENT_EVENTS[step];
  core.emit(chargeEvent, renderCharge(core.render, payment.charge), AUTOMATIC);
  core.emit(intentEvent, renderPaymentIntent(core.render, payment.intent), AUTOMATIC);
}

/** A payment that failed: the charge and the intent say why. */
export function failPayment(
  core: EmulatorCore,
  payment: { intent: PaymentIntentRecord; charge: ChargeRecord },
  error: PaymentErrorRecord,
  failureCode: string,
): void {
  const { intent, charge } = payment;
  charge.status = "failed";
  charge.failureCode = failureCode;
  charge.failureMessage = error.message;
  intent.status = "requires_payment_method";
  intent.lastPaymentError = error;
  announcePayment(core, "failed", payment);
}

/**
 * A payment that went through: the charge settles into the balance, at once or (a late balance
 * transaction, as with asynchronous capture) after the charge has succeeded.
 */
export function succeedPayment(
  core: EmulatorCore,
  payment: { intent: PaymentIntentRecord; charge: ChargeRecord },
): void {
  payment.charge.status = "succeeded";
  if (isBalanceTransactionLate(core, payment.intent)) {
    core.scheduleBalanceTransaction(payment.charge.id);
  } else {
    addChargeBalanceTransaction(core, payment.charge);
  }
  payment.intent.status = "succeeded";
  payment.intent.lastPaymentError = null;
  announcePayment(core, "succeeded", payment);
}

/**
 * Charges a payment method for a payment intent. Cards succeed or decline at once; bank debits
 * go to `processing` and settle later (timer, control endpoint, or advancing the clock).
 */
export function chargeIntent(
  core: EmulatorCore,
  intent: PaymentIntentRecord,
  method: PaymentMethodRecord,
  decline: PaymentErrorRecord | null,
): ChargeOutcome {
  if (decline) {
    const charge = newCharge(core, intent, method, "pending");
    failPayment(core, { intent, charge }, decline, decline.declineCode ?? decline.code);
    return "declined";
  }
  const charge = newCharge(core, intent, method, "pending");
  if (method.type === "sepa_debit") {
    intent.status = "processing";
    intent.lastPaymentError = null;
    const delay = core.config.asyncPaymentDelayMs;
    intent.settlesAt = delay === null ? null : core.now() + Math.ceil(delay / 1000);
    announcePayment(core, "processing", { intent, charge });
    core.scheduleSettlement(intent.id);
    return "processing";
  }
  succeedPayment(core, { intent, charge });
  return "succeeded";
}
