import { AUTOMATIC, DAY, type EmulatorCore, type RequestContext } from "../core/emulator-core";
import { requireRecord } from "../core/render-context";
import { invalidRequest } from "../errors";
import { newId } from "../ids";
import type { InvoiceRecord, PriceRecord, SubscriptionRecord } from "../state";
import { createSubscriptionInvoice, draftsDueBy, finalizeAndCharge } from "./invoices";
import { renderSubscription } from "./render-billing";

/** Adds whole months to a unix time, clamping the day to the month's end as Stripe billing does. */
export function addMonths(anchor: number, months: number): number {
  const date = new Date(anchor * 1000);
  const target = new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth() + months,
      1,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
    ),
  );
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return Math.floor(target.getTime() / 1000);
}

function periodEnd(start: number, interval: string, count: number): number {
  if (interval === "day") return start + DAY * count;
  if (interval === "week") return start + 7 * DAY * count;
  if (interval === "year") return addMonths(start, 12 * count);
  return addMonths(start, count);
}

function findSubscription(core: EmulatorCore, id: string): SubscriptionRecord {
  return requireRecord(core.state.subscriptions, id, "subscription");
}

/**
 * Starts a subscription, `incomplete` until its first invoice is paid, with that invoice
 * finalized (`customer.subscription.created`, `invoice.created`, `invoice.finalized`); the caller
 * pays the invoice ("incomplete ... if the initial payment attempt fails", then `active`:
 * https://docs.stripe.com/billing/subscriptions/overview#subscription-statuses).
 */
export function startSubscription(
  core: EmulatorCore,
  input: {
    customerId: string;
    customerEmail: string | null;
    price: PriceRecord & { recurring: NonNullable<PriceRecord["recurring"]> };
    quantity: number;
    description: string | null;
    metadata: Record<string, string>;
    defaultPaymentMethodId: string;
  },
): { subscription: SubscriptionRecord; invoice: InvoiceRecord } {
  const { price } = input;
  const start = core.now();
  const subscription: SubscriptionRecord = {
    id: newId("sub"),
    created: start,
    customerId: input.customerId,
    status: "incomplete",
    currency: price.currency,
    itemId: newId("si"),
    priceId: price.id,
    quantity: input.quantity,
    billingCycleAnchor: start,
    periodIndex: 0,
    currentPeriodStart: start,
    currentPeriodEnd: periodEnd(start, price.recurring.interval, price.recurring.intervalCount),
    cancelAtPeriodEnd: false,
    canceledAt: null,
    endedAt: null,
    description: input.description,
    metadata: input.metadata,
    latestInvoiceId: null,
    defaultPaymentMethodId: input.defaultPaymentMethodId,
  };
  core.state.subscriptions[subscription.id] = subscription;
  core.emit(
    "customer.subscription.created",
    renderSubscription(core.render, subscription),
    AUTOMATIC,
  );
  const invoice = createSubscriptionInvoice(core, subscription, {
    reason: "subscription_create",
    customerEmail: input.customerEmail,
    at: start,
    draft: false,
  });
  return { subscription, invoice };
}

export function cancelSubscription(
  core: EmulatorCore,
  id: string,
  request: RequestContext,
): SubscriptionRecord {
  return core.flow(() => {
    const subscription = findSubscription(core, id);
    if (subscription.status === "canceled") {
      throw invalidRequest(`This subscription (${id}) has already been canceled.`, "subscription");
    }
    endSubscription(core, subscription, core.now(), request);
    return subscription;
  });
}

function endSubscription(
  core: EmulatorCore,
  subscription: SubscriptionRecord,
  at: number,
  request: RequestContext,
): void {
  subscription.status = "canceled";
  subscription.canceledAt = subscription.canceledAt ?? at;
  subscription.endedAt = at;
  core.emit(
    "customer.subscription.deleted",
    renderSubscription(core.render, subscription),
    request,
  );
}

export function updateSubscription(
  core: EmulatorCore,
  id: string,
  changes: {
    cancelAtPeriodEnd?: boolean;
    metadata?: Record<string, string>;
    description?: string | null;
  },
  request: RequestContext,
): SubscriptionRecord {
  return core.flow(() => {
    const subscription = findSubscription(core, id);
    if (subscription.status === "canceled") {
      throw invalidRequest(
        "A canceled subscription can only update its cancellation_details and metadata.",
      );
    }
    const previous: Record<string, unknown> = {};
    if (
      changes.cancelAtPeriodEnd !== undefined &&
      changes.cancelAtPeriodEnd !== subscription.cancelAtPeriodEnd
    ) {
      previous.cancel_at_period_end = subscription.cancelAtPeriodEnd;
      subscription.cancelAtPeriodEnd = changes.cancelAtPeriodEnd;
      subscription.canceledAt = changes.cancelAtPeriodEnd ? core.now() : null;
    }
    if (changes.metadata !== undefined) {
      previous.metadata = subscription.metadata;
      subscription.metadata = { ...subscription.metadata, ...changes.metadata };
    }
    if (changes.description !== undefined) {
      previous.description = subscription.description;
      subscription.description = changes.description;
    }
    if (Object.keys(previous).length > 0) {
      core.emit(
        "customer.subscription.updated",
        renderSubscription(core.render, subscription),
        request,
        previous,
      );
    }
    return subscription;
  });
}

function isRenewing(subscription: SubscriptionRecord): boolean {
  return subscription.status === "active" || subscription.status === "past_due";
}

/** The next period end that has come due by `now`, the earliest first. */
function nextDueRenewal(core: EmulatorCore, now: number): SubscriptionRecord | undefined {
  return Object.values(core.state.subscriptions)
    .filter((subscription) => isRenewing(subscription) && subscription.currentPeriodEnd <= now)
    .sort((a, b) => a.currentPeriodEnd - b.currentPeriodEnd)[0];
}

/** A period ended: the next one starts with a draft invoice (or the subscription ends). */
function renew(core: EmulatorCore, subscription: SubscriptionRecord): void {
  if (subscription.cancelAtPeriodEnd) {
    endSubscription(core, subscription, subscription.currentPeriodEnd, AUTOMATIC);
    return;
  }
  const price = core.state.prices[subscription.priceId];
  if (!price?.recurring) {
    throw new Error(`Subscription ${subscription.id} has lost its recurring price`);
  }
  const previousPeriod = {
    start: subscription.currentPeriodStart,
    end: subscription.currentPeriodEnd,
  };
  subscription.periodIndex += 1;
  subscription.currentPeriodStart = subscription.currentPeriodEnd;
  subscription.currentPeriodEnd = periodEnd(
    subscription.billingCycleAnchor,
    price.recurring.interval,
    price.recurring.intervalCount * (subscription.periodIndex + 1),
  );
  core.emit(
    "customer.subscription.updated",
    renderSubscription(core.render, subscription),
    AUTOMATIC,
    {
      items: {
        current_period_start: previousPeriod.start,
        current_period_end: previousPeriod.end,
      },
    },
  );
  createSubscriptionInvoice(core, subscription, {
    reason: "subscription_cycle",
    customerEmail: null,
    at: subscription.currentPeriodStart,
    draft: true,
  });
}

/**
 * Runs billing up to the emulator's now, in the order it would have happened: every period that
 * ended starts the next with a draft invoice, and every draft due finalizes and is charged.
 */
export function runBilling(core: EmulatorCore): void {
  const now = core.now();
  for (;;) {
    const renewal = nextDueRenewal(core, now);
    const draft = draftsDueBy(core, now)[0];
    if (!renewal && !draft) return;
    if (draft && (!renewal || (draft.finalizesAt ?? 0) <= renewal.currentPeriodEnd)) {
      finalizeAndCharge(core, draft);
    } else if (renewal) {
      renew(core, renewal);
    }
  }
}
