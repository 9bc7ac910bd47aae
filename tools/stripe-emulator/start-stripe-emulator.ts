import type Stripe from "stripe";
import { handlePortalPageRequest } from "./billing-portal/portal-page-handler";
import { expireDueSessions, hasDueSessions } from "./checkout-sessions/checkout-sessions";
import { hostedPageUrl } from "./checkout-sessions/render-checkout-session";
import { Timers } from "./clock";
import { advanceClock } from "./core/advance-clock";
import { API_VERSION, AUTOMATIC, EmulatorCore } from "./core/emulator-core";
import {
  DEFAULT_ASYNC_PAYMENT_DELAY_MS,
  DEFAULT_AVAILABLE_AFTER_DAYS,
  DEFAULT_BALANCE_TRANSACTION_DELAY_MS,
  DEFAULT_INVOICE_FINALIZATION_DELAY_SECONDS,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_SETTLEMENT_CURRENCY,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
} from "./defaults";
import { closeDispute, openDispute } from "./disputes/disputes";
import { renderDispute } from "./disputes/render-dispute";
import {
  checkWebhookApiVersion,
  type DeliveryOrder,
  type WebhookDelivery,
  WebhookDispatcher,
  type WebhookSettings,
} from "./events/webhooks";
import { handleApiRequest } from "./http/api-handler";
import { handleCheckoutPageRequest } from "./http/checkout-page-handler";
import { handleControlRequest } from "./http/control-routes";
import { startHttpHost } from "./http/http-host";
import { newId } from "./ids";
import { currencyInfo } from "./money";
import { settleDelayedPayments, settleIfProcessing } from "./payments/bank-debits";
import {
  chargesAwaitingBalanceTransaction,
  delayBalanceTransactionsFor,
  releaseBalanceTransactions,
  releaseIfAwaited,
} from "./payments/late-balance-transactions";
import { loadState, StateSaver } from "./persistence";
import { failRefund } from "./refunds/refunds";
import { renderRefund } from "./refunds/render-refund";
import { type EmulatorState, type EventRecord, emptyState } from "./state";

export interface StripeEmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default "localhost"). */
  host?: string;
  /** Base URL for hosted page links, when the emulator is reached through another address. */
  publicUrl?: string;
  /** Where events are POSTed; null (the default) records events without sending them. */
  webhookUrl?: string | null;
  /** Signing secret (`whsec_...`); a random one is made when absent. */
  webhookSecret?: string;
  /**
   * The webhook endpoint's API version, which every event is rendered at (default, and the only
   * one accepted: the pinned `API_VERSION`).
   */
  webhookApiVersion?: string;
  /** Currency balance transactions are kept in (default "usd"). */
  settlementCurrency?: string;
  /** Send every event this many times (default 1). */
  duplicateDeliveries?: number;
  /** Order of the events of one flow: "in-order" (default), "reverse", or "shuffle". */
  deliveryOrder?: DeliveryOrder;
  /** Shorthand for `deliveryOrder: "shuffle"`. */
  shuffleDeliveries?: boolean;
  /** Event types to send (default: all). */
  enabledEvents?: string[];
  /** Delay before each retry of a failed delivery (default `DEFAULT_RETRY_DELAYS_MS`). */
  retryDelaysMs?: number[];
  /** How long to wait for the webhook receiver to answer (default 10 s). */
  webhookTimeoutMs?: number;
  /** Wall-clock delay before a bank debit settles (default `DEFAULT_ASYNC_PAYMENT_DELAY_MS`, 2000 ms); null: only on request. */
  asyncPaymentDelayMs?: number | null;
  /** Keep state in this JSON file across restarts. */
  stateFile?: string | null;
  /** Days until a charge's funds are available (default 2). */
  availableAfterDays?: number;
  /**
   * Every succeeded charge gets its balance transaction later, as with Stripe's asynchronous
   * capture: `balance_transaction` is null on the charge, `charge.succeeded` and
   * `payment_intent.succeeded`, and `charge.updated` announces it (default false; for one
   * Checkout Session only: `delayBalanceTransactions(sessionId)`).
   */
  lateBalanceTransactions?: boolean;
  /** Wall-clock delay before a late balance transaction is made (default `DEFAULT_BALANCE_TRANSACTION_DELAY_MS`, 1000 ms); null: only on request or when the clock moves. */
  balanceTransactionDelayMs?: number | null;
  /** The account's Dashboard setting for Adaptive Pricing, for sessions that do not set it (default false). */
  adaptivePricingDashboard?: boolean;
  /**
   * Emulator-clock seconds from a renewal's draft invoice (`invoice.created`) to its
   * finalization and payment (default `DEFAULT_INVOICE_FINALIZATION_DELAY_SECONDS`, 3600, as on
   * Stripe); 0 finalizes at once.
   */
  invoiceFinalizationDelaySeconds?: number;
  /** Objects and events say `livemode: true` (default false): see `setLivemode`. */
  livemode?: boolean;
  /** Where to log one line per request (default: nowhere). */
  log?: (line: string) => void;
}

export interface StripeEmulator {
  /** Base URL, e.g. `http://localhost:12111`. */
  url: string;
  port: number;
  host: string;
  /** The API version the emulator speaks (stripe-node's pinned `Stripe.API_VERSION`). */
  apiVersion: typeof API_VERSION;
  /** Options for `new Stripe(key, { ...emulator.stripeOptions })`. */
  stripeOptions: { host: string; port: number; protocol: "http"; apiVersion: typeof API_VERSION };
  webhookSecret: string;
  /** Emulator time, unix seconds. */
  now(): number;
  /** Moves the clock forward; renews due subscriptions, settles bank debits, expires sessions. */
  advanceClock(by: { days?: number; seconds?: number }): number;
  /** Opens a dispute on a charge (`charge.dispute.created`). */
  openDispute(chargeId: string, options?: { amount?: number; reason?: string }): Stripe.Dispute;
  /** Closes a dispute as won or lost (`charge.dispute.closed`). */
  closeDispute(disputeId: string, outcome: "won" | "lost"): Stripe.Dispute;
  /** Settles processing bank debits now (all, or one payment intent); returns their ids. */
  settleDelayedPayments(paymentIntentId?: string): string[];
  /** Turns late balance transactions on or off for every later charge, or changes their delay. */
  configureBalanceTransactions(settings: { late?: boolean; delayMs?: number | null }): void;
  /** Late balance transactions for this Checkout Session's payment (and its subscription's renewals). */
  delayBalanceTransactions(sessionId: string): void;
  /**
   * From now on, objects and events say `livemode: true` (or false again), as a live account's
   * would: what a test needs to show that real and test money are kept apart.
   */
  setLivemode(livemode: boolean): void;
  /** Makes late balance transactions now (all, or one charge's), each with `charge.updated`; returns the charge ids. */
  releaseBalanceTransactions(chargeId?: string): string[];
  /** Makes a succeeded refund fail (`refund.updated`, `refund.failed`). */
  failRefund(refundId: string): Stripe.Refund;
  /** Changes webhook delivery settings while running. */
  configureWebhooks(settings: Partial<Omit<WebhookSettings, "secret">> & { secret?: string }): void;
  /** Every delivery so far, with its attempts. */
  deliveries(): WebhookDelivery[];
  /** Every event so far, oldest first (the JSON text is exactly what is sent). */
  events(): EventRecord[];
  /** Resolves once no delivery is waiting for an attempt or a retry. */
  waitForDeliveries(timeoutMs?: number): Promise<void>;
  hostedPageUrl(sessionId: string): string;
  /** Forgets every object, event and delivery, and resets the clock. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts the emulator on its own HTTP server. */
export async function startStripeEmulator(
  options: StripeEmulatorOptions = {},
): Promise<StripeEmulator> {
  const settlementCurrency = (
    options.settlementCurrency ?? DEFAULT_SETTLEMENT_CURRENCY
  ).toLowerCase();
  if (!currencyInfo(settlementCurrency))
    throw new Error(`Unsupported settlement currency ${settlementCurrency}`);
  const host = options.host ?? "localhost";
  const stateFile = options.stateFile ?? null;
  const log = options.log ?? (() => {});
  const initialState: EmulatorState = stateFile ? await loadState(stateFile) : emptyState();

  const webhookApiVersion = options.webhookApiVersion ?? API_VERSION;
  checkWebhookApiVersion(webhookApiVersion, API_VERSION);
  const webhook: WebhookSettings = {
    url: options.webhookUrl ?? null,
    apiVersion: webhookApiVersion,
    secret: options.webhookSecret ?? newId("whsec"),
    retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    duplicateDeliveries: options.duplicateDeliveries ?? 1,
    deliveryOrder: options.shuffleDeliveries ? "shuffle" : (options.deliveryOrder ?? "in-order"),
    enabledEvents: options.enabledEvents ?? ["*"],
    timeoutMs: options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
  };
  const dispatcher = new WebhookDispatcher(() => webhook);
  const asyncPaymentDelayMs =
    options.asyncPaymentDelayMs === undefined
      ? DEFAULT_ASYNC_PAYMENT_DELAY_MS
      : options.asyncPaymentDelayMs;
  const timers = new Timers();
  const scheduleSettlement = (paymentIntentId: string) => {
    if (asyncPaymentDelayMs === null) return;
    timers.after(asyncPaymentDelayMs, () => settleIfProcessing(core, paymentIntentId));
  };
  const scheduleBalanceTransaction = (chargeId: string) => {
    const delay = core.config.balanceTransactionDelayMs;
    if (delay === null) return;
    timers.after(delay, () => releaseIfAwaited(core, chargeId));
  };
  const saver = new StateSaver(stateFile, () => core.state, log);

  const core: EmulatorCore = new EmulatorCore(
    initialState,
    {
      settlementCurrency,
      publicUrl: options.publicUrl ?? "",
      asyncPaymentDelayMs,
      availableAfterDays: options.availableAfterDays ?? DEFAULT_AVAILABLE_AFTER_DAYS,
      lateBalanceTransactions: options.lateBalanceTransactions ?? false,
      adaptivePricingDashboard: options.adaptivePricingDashboard ?? false,
      livemode: options.livemode ?? false,
      balanceTransactionDelayMs:
        options.balanceTransactionDelayMs === undefined
          ? DEFAULT_BALANCE_TRANSACTION_DELAY_MS
          : options.balanceTransactionDelayMs,
      invoiceFinalizationDelaySeconds:
        options.invoiceFinalizationDelaySeconds ?? DEFAULT_INVOICE_FINALIZATION_DELAY_SECONDS,
    },
    {
      onEvents: (events) => dispatcher.dispatch(events),
      onChange: () => saver.scheduleSave(),
      pendingWebhooks: () => (webhook.url ? 1 : 0),
      scheduleSettlement,
      scheduleBalanceTransaction,
    },
  );

  const http = await startHttpHost({
    port: options.port ?? 0,
    host,
    log,
    handlers: {
      // Sessions past `expires_at` expire when anyone next looks, as they would on Stripe's side.
      beforeEach: () => {
        if (hasDueSessions(core)) core.flow(() => expireDueSessions(core));
      },
      byPrefix: new Map([
        [
          "v1",
          (request, response, url, requestId) =>
            handleApiRequest(core, request, response, url, requestId),
        ],
        [
          "checkout",
          (request, response, url) =>
            handleCheckoutPageRequest(core, request, response, segmentsOf(url)),
        ],
        [
          "billing_portal",
          (request, response, url) =>
            handlePortalPageRequest(core, request, response, segmentsOf(url)),
        ],
        [
          "_emulator",
          (request, response, url) =>
            handleControlRequest({ emulator, core, webhook }, request, response, segmentsOf(url)),
        ],
      ]),
    },
  });
  if (core.config.publicUrl === "") core.config.publicUrl = http.url;

  // Bank debits that were processing when the state was saved settle again after a restart.
  for (const intent of Object.values(core.state.paymentIntents)) {
    if (intent.status === "processing") scheduleSettlement(intent.id);
  }
  // So do late balance transactions.
  for (const chargeId of chargesAwaitingBalanceTransaction(core)) {
    scheduleBalanceTransaction(chargeId);
  }

  const emulator: StripeEmulator = {
    url: http.url,
    port: http.port,
    host,
    apiVersion: API_VERSION,
    stripeOptions: { host, port: http.port, protocol: "http", apiVersion: API_VERSION },
    get webhookSecret() {
      return webhook.secret;
    },
    now: () => core.now(),
    advanceClock: ({ days = 0, seconds = 0 }) => advanceClock(core, days * 86_400 + seconds),
    openDispute: (chargeId, disputeOptions) =>
      renderDispute(core.render, openDispute(core, chargeId, disputeOptions)),
    closeDispute: (disputeId, outcome) =>
      renderDispute(core.render, closeDispute(core, disputeId, outcome, AUTOMATIC)),
    settleDelayedPayments: (paymentIntentId) => settleDelayedPayments(core, paymentIntentId),
    configureBalanceTransactions: ({ late, delayMs }) => {
      if (late !== undefined) core.config.lateBalanceTransactions = late;
      if (delayMs !== undefined) core.config.balanceTransactionDelayMs = delayMs;
    },
    setLivemode: (livemode) => {
      core.config.livemode = livemode;
    },
    delayBalanceTransactions: (sessionId) => delayBalanceTransactionsFor(core, sessionId),
    releaseBalanceTransactions: (chargeId) => releaseBalanceTransactions(core, chargeId),
    failRefund: (refundId) => renderRefund(core.render, failRefund(core, refundId)),
    configureWebhooks: (settings) => {
      if (settings.apiVersion !== undefined)
        checkWebhookApiVersion(settings.apiVersion, API_VERSION);
      Object.assign(
        webhook,
        Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
      );
    },
    deliveries: () => dispatcher.deliveries,
    events: () => Object.values(core.state.events),
    waitForDeliveries: (timeoutMs) => dispatcher.waitForIdle(timeoutMs),
    hostedPageUrl: (sessionId) => hostedPageUrl(core.render, sessionId),
    reset: () => {
      timers.cancelAll();
      core.state = emptyState();
      dispatcher.clear();
      saver.scheduleSave();
    },
    close: async () => {
      dispatcher.close();
      timers.cancelAll();
      await saver.flush();
      await http.close();
    },
  };
  return emulator;
}

function segmentsOf(url: URL): string[] {
  return url.pathname.split("/").filter(Boolean);
}
