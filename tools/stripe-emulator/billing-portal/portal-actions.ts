import { renderSubscription } from "../billing/render-billing";
import { cancelSubscription, updateSubscription } from "../billing/subscriptions";
import { AUTOMATIC, type EmulatorCore } from "../core/emulator-core";
import { requireRecord } from "../core/render-context";
import { createPaymentMethod } from "../payments/payment-intents";
import { renderPaymentMethod } from "../payments/render-payments";
import type { SubscriptionRecord } from "../state";
import { digitsOnly, parseExpiry, passesLuhn, TEST_CARDS } from "../test-payment-methods";
import type { PortalConfigurationRecord } from "./portal-records";

/*
 * What the donor does on the hosted portal page, with the events Stripe's portal causes: a cancel
 * at the end of the period is an update (`customer.subscription.updated`, cancel_at_period_end),
 * an immediate one a deletion (`customer.subscription.deleted`); a pause moves the subscription to
 * `paused` (`customer.subscription.paused` and `.updated`; docs.stripe.com/billing/subscriptions/pause),
 * a resume back to `active`; a new card becomes the subscription's default payment method.
 */

export type PortalAction = "cancel" | "renew" | "pause" | "resume" | "card";

/** A message for the page: what was done, or why it was not. */
export interface ActionOutcome {
  ok: boolean;
  message: string;
}

function changeStatus(
  core: EmulatorCore,
  subscription: SubscriptionRecord,
  status: "paused" | "active",
): void {
  core.flow(() => {
    const previous = subscription.status;
    subscription.status = status;
    subscription.pausedAt = status === "paused" ? core.now() : null;
    const rendered = renderSubscription(core.render, subscription);
    core.emit(
      status === "paused" ? "customer.subscription.paused" : "customer.subscription.resumed",
      rendered,
      AUTOMATIC,
    );
    core.emit("customer.subscription.updated", rendered, AUTOMATIC, { status: previous });
  });
}

function updateCard(
  core: EmulatorCore,
  subscription: SubscriptionRecord,
  values: Record<string, string>,
): ActionOutcome {
  const number = digitsOnly(values.card_number ?? "");
  if (number.length < 12 || !passesLuhn(number)) {
    return { ok: false, message: "Your card number is invalid." };
  }
  const expiry = parseExpiry(values.expiry ?? "");
  const now = new Date(core.now() * 1000);
  if (
    !expiry ||
    expiry.year < now.getUTCFullYear() ||
    (expiry.year === now.getUTCFullYear() && expiry.month < now.getUTCMonth() + 1)
  ) {
    return { ok: false, message: "Your card's expiration date is invalid." };
  }
  if (!/^\d{3,4}$/.test((values.cvc ?? "").trim())) {
    return { ok: false, message: "Your card's security code is incomplete." };
  }
  const known = TEST_CARDS[number];
  if (!known || known.decline) return { ok: false, message: "Your card was declined." };
  core.flow(() => {
    const method = createPaymentMethod(core, {
      customerId: subscription.customerId,
      type: "card",
      card: {
        brand: known.brand,
        last4: number.slice(-4),
        expMonth: expiry.month,
        expYear: expiry.year,
        funding: known.funding,
        country: known.country,
      },
      sepaDebit: null,
      delayedOutcome: null,
      billingEmail: null,
      billingName: null,
    });
    core.emit("payment_method.attached", renderPaymentMethod(core.render, method), AUTOMATIC);
    const previous = subscription.defaultPaymentMethodId;
    subscription.defaultPaymentMethodId = method.id;
    core.emit(
      "customer.subscription.updated",
      renderSubscription(core.render, subscription),
      AUTOMATIC,
      { default_payment_method: previous },
    );
  });
  return { ok: true, message: "Your card was updated." };
}

export function runPortalAction(
  core: EmulatorCore,
  configuration: PortalConfigurationRecord,
  customerId: string,
  action: PortalAction,
  values: Record<string, string>,
): ActionOutcome {
  const subscription = requireRecord(
    core.state.subscriptions,
    values.subscription ?? "",
    "subscription",
  );
  if (subscription.customerId !== customerId || subscription.status === "canceled") {
    return { ok: false, message: "This subscription cannot be changed here." };
  }
  switch (action) {
    case "cancel":
      if (!configuration.cancel.enabled) break;
      if (configuration.cancel.mode === "immediately") {
        cancelSubscription(core, subscription.id, AUTOMATIC);
        return { ok: true, message: "Your subscription has been canceled." };
      }
      updateSubscription(core, subscription.id, { cancelAtPeriodEnd: true }, AUTOMATIC);
      return { ok: true, message: "Your subscription will be canceled at the end of the period." };
    case "renew":
      if (!subscription.cancelAtPeriodEnd) break;
      updateSubscription(core, subscription.id, { cancelAtPeriodEnd: false }, AUTOMATIC);
      return { ok: true, message: "Your subscription will continue." };
    case "pause":
      if (!configuration.pause.enabled || subscription.status !== "active") break;
      changeStatus(core, subscription, "paused");
      return { ok: true, message: "Your subscription is paused." };
    case "resume":
      if (subscription.status !== "paused") break;
      changeStatus(core, subscription, "active");
      return { ok: true, message: "Your subscription has resumed." };
    case "card":
      if (!configuration.paymentMethodUpdate) break;
      return updateCard(core, subscription, values);
  }
  return { ok: false, message: "This change is not available." };
}
