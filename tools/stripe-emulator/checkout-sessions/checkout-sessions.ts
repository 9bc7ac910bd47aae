import { createCustomer } from "../billing/customers";
import { payInvoice } from "../billing/invoices";
import { startSubscription } from "../billing/subscriptions";
import { AUTOMATIC, type EmulatorCore, type RequestContext } from "../core/emulator-core";
import { requireRecord } from "../core/render-context";
import { invalidRequest } from "../errors";
import { chargeIntent, findPaymentIntent, newPaymentIntent } from "../payments/payment-intents";
import type { PaymentErrorRecord, PaymentMethodRecord, SessionRecord } from "../state";
import { renderSession } from "./render-checkout-session";

/*
 * A Checkout Session's life after creation (create-checkout-session.ts): paid on the hosted page
 * (payment mode: a payment intent; subscription mode: a customer, a subscription and its first
 * invoice), expired on request or when `expires_at` passes.
 */

/** How the hosted page paid: the method, the test outcome if it declines, and who paid. */
export interface SessionPayment {
  method: PaymentMethodRecord;
  decline: PaymentErrorRecord | null;
  details: { email: string | null; name: string | null };
}

type Completion = { declined: PaymentErrorRecord | null };

export function findSession(core: EmulatorCore, id: string): SessionRecord {
  return requireRecord(core.state.sessions, id, "checkout.session", "session");
}

export function addSession(core: EmulatorCore, session: SessionRecord): void {
  core.state.sessions[session.id] = session;
  core.changed();
}

/** Changes an open session in one flow; a session in any other status is refused. */
function changeOpenSession<T>(
  core: EmulatorCore,
  id: string,
  refusal: (status: SessionRecord["status"]) => string,
  change: (session: SessionRecord) => T,
): T {
  return core.flow(() => {
    const session = findSession(core, id);
    if (session.status !== "open") throw invalidRequest(refusal(session.status), "session");
    return change(session);
  });
}

export function expireSession(core: EmulatorCore, id: string, request: RequestContext) {
  return changeOpenSession(
    core,
    id,
    (status) =>
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of ${status}.`,
    (session) => {
      session.status = "expired";
      core.emit("checkout.session.expired", renderSession(core.render, session), request);
      return session;
    },
  );
}

function isDue(core: EmulatorCore, session: SessionRecord): boolean {
  return session.status === "open" && session.expiresAt <= core.now();
}

/** True when an open session is past `expires_at` (Stripe expires it when anyone next looks). */
export function hasDueSessions(core: EmulatorCore): boolean {
  return Object.values(core.state.sessions).some((session) => isDue(core, session));
}

export function expireDueSessions(core: EmulatorCore): void {
  for (const session of Object.values(core.state.sessions)) {
    if (isDue(core, session)) {
      session.status = "expired";
      core.emit("checkout.session.expired", renderSession(core.render, session), AUTOMATIC);
    }
  }
}

/**
 * Pays an open session with a payment method. Returns the decline message when the payment
 * method is declined; the session then stays open, as on Stripe's hosted page.
 */
export function completeSession(
  core: EmulatorCore,
  sessionId: string,
  payment: SessionPayment,
): Completion {
  return changeOpenSession(
    core,
    sessionId,
    (status) => `This Checkout Session is ${status}.`,
    (session) =>
      session.mode === "subscription"
        ? completeSubscriptionSession(core, session, payment)
        : completePaymentSession(core, session, payment),
  );
}

function completePaymentSession(
  core: EmulatorCore,
  session: SessionRecord,
  { method, decline, details }: SessionPayment,
): Completion {
  const intent = session.paymentIntentId
    ? findPaymentIntent(core, session.paymentIntentId)
    : newPaymentIntent(core, {
        amount: session.amountTotal,
        currency: session.currency,
        customerId: session.customerId,
        description: session.paymentIntentData.description,
        metadata: session.paymentIntentData.metadata,
        sessionId: session.id,
        invoiceId: null,
      });
  session.paymentIntentId = intent.id;
  const outcome = chargeIntent(core, intent, method, decline);
  if (outcome === "declined") return { declined: decline };
  session.status = "complete";
  session.customerDetails = details;
  session.paymentStatus = outcome === "succeeded" ? "paid" : "unpaid";
  core.emit("checkout.session.completed", renderSession(core.render, session), AUTOMATIC);
  return { declined: null };
}

function completeSubscriptionSession(
  core: EmulatorCore,
  session: SessionRecord,
  { method, decline, details }: SessionPayment,
): Completion {
  // Stripe creates the subscription only once the first payment goes through: a declined card
  // leaves nothing behind but the error on the page.
  if (decline) return { declined: decline };
  const line = session.lineItems[0];
  if (!line) throw invalidRequest("This Checkout Session has no line items.");
  const price = core.state.prices[line.priceId];
  const recurring = price?.recurring;
  if (!price || !recurring) throw invalidRequest("This Checkout Session has no recurring price.");

  const customerId = session.customerId ?? createCustomer(core, details).id;
  method.customerId = customerId;
  const { subscription, invoice } = startSubscription(core, {
    customerId,
    customerEmail: details.email,
    price: { ...price, recurring },
    quantity: line.quantity,
    description: session.subscriptionData.description,
    metadata: session.subscriptionData.metadata,
    defaultPaymentMethodId: method.id,
  });
  session.customerId = customerId;
  session.subscriptionId = subscription.id;
  session.customerDetails = details;
  session.invoiceId = invoice.id;

  const outcome = payInvoice(core, invoice, method);
  session.status = "complete";
  session.paymentStatus = outcome === "succeeded" ? "paid" : "unpaid";
  core.emit("checkout.session.completed", renderSession(core.render, session), AUTOMATIC);
  return { declined: null };
}
