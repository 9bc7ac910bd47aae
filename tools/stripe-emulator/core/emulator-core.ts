import Stripe from "stripe";
import { newId } from "../ids";
import type { EmulatorState, EventRecord } from "../state";
import type { RenderContext } from "./render-context";

/** The API version this emulator speaks: the one stripe-node pins (`Stripe.API_VERSION`). */
export const API_VERSION = Stripe.API_VERSION;

export const DAY = 86_400;

export interface CoreConfig {
  settlementCurrency: string;
  publicUrl: string;
  /** Wall-clock delay before a bank debit settles on its own; null to settle only on request. */
  asyncPaymentDelayMs: number | null;
  /** Days after a charge before its balance transaction is available. */
  availableAfterDays: number;
  /**
   * Every charge's balance transaction comes after the charge succeeds, as with Stripe's
   * asynchronous capture (payments/late-balance-transactions.ts); false: at once, unless the
   * session asked for it.
   */
  lateBalanceTransactions: boolean;
  /** Wall-clock delay before a late balance transaction is made; null: only on request. */
  balanceTransactionDelayMs: number | null;
  /** Adaptive Pricing for sessions that do not set `adaptive_pricing[enabled]` (the Dashboard's setting). */
  adaptivePricingDashboard: boolean;
  /** Emulator-clock seconds between a renewal's draft invoice and its finalization (Stripe: ~1 hour). */
  invoiceFinalizationDelaySeconds: number;
  /**
   * Objects and events say `livemode: true`, as a live account's do (still reached with a test
   * key): for tests of an app that must keep real and test money apart. Default false.
   */
  livemode: boolean;
}

/** Who caused an event: an API request (id and idempotency key) or nobody (`id: null`). */
export interface RequestContext {
  requestId: string | null;
  idempotencyKey: string | null;
}

export const AUTOMATIC: RequestContext = { requestId: null, idempotencyKey: null };

/** What the core asks of its host: delivery, saving, and a wall-clock timer for bank debits. */
export interface CoreHooks {
  onEvents: (events: EventRecord[]) => void;
  onChange: () => void;
  pendingWebhooks: () => number;
  scheduleSettlement: (paymentIntentId: string) => void;
  scheduleBalanceTransaction: (chargeId: string) => void;
}

type EventType = Stripe.Event["type"];
type EventObject<T extends EventType> = Extract<Stripe.Event, { type: T }>["data"]["object"];

/**
 * The emulator's state and the two things every operation needs: the clock and the event log.
 * The operations themselves live beside their resource (checkout-sessions/, payments/, refunds/,
 * disputes/, billing/) as functions of this core. Each runs inside `flow`, which hands the events
 * of one flow to the webhook dispatcher together (so "out of order" delivery reorders events of
 * one flow) and saves state.
 */
export class EmulatorCore {
  state: EmulatorState;
  private batch: EventRecord[] | null = null;

  constructor(
    state: EmulatorState,
    readonly config: CoreConfig,
    private readonly hooks: CoreHooks,
  ) {
    this.state = state;
  }

  get render(): RenderContext {
    return {
      state: this.state,
      publicUrl: this.config.publicUrl,
      now: this.now(),
      livemode: this.config.livemode,
    };
  }

  /** Emulator time in unix seconds: wall-clock time plus however far the clock was advanced. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.state.clockOffsetSeconds;
  }

  /** Records a change made outside a flow, so it is saved. */
  changed(): void {
    this.hooks.onChange();
  }

  /** Asks the host to settle a processing bank debit after the configured delay. */
  scheduleSettlement(paymentIntentId: string): void {
    this.hooks.scheduleSettlement(paymentIntentId);
  }

  /** Asks the host to make a late balance transaction after the configured delay. */
  scheduleBalanceTransaction(chargeId: string): void {
    this.hooks.scheduleBalanceTransaction(chargeId);
  }

  flow<T>(operation: () => T): T {
    if (this.batch !== null) return operation();
    const batch: EventRecord[] = [];
    this.batch = batch;
    // Nothing is half-applied by design (checks come before changes), but never leak a batch:
    // the events of a flow that threw are still delivered.
    try {
      return operation();
    } finally {
      this.batch = null;
      this.hooks.onChange();
      if (batch.length > 0) this.hooks.onEvents(batch);
    }
  }

  emit<T extends EventType>(
    type: T,
    object: EventObject<T>,
    request: RequestContext,
    previousAttributes?: Stripe.Event.Data.PreviousAttributes,
  ): void {
    const event: Stripe.EventBase = {
      id: newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: this.now(),
      data: previousAttributes ? { object, previous_attributes: previousAttributes } : { object },
      livemode: this.config.livemode,
      pending_webhooks: this.hooks.pendingWebhooks(),
      request: { id: request.requestId, idempotency_key: request.idempotencyKey },
      type,
    };
    const record: EventRecord = {
      id: event.id,
      type,
      created: event.created,
      json: JSON.stringify(event, null, 2),
    };
    this.state.events[record.id] = record;
    if (this.batch) this.batch.push(record);
    else this.hooks.onEvents([record]);
  }
}
