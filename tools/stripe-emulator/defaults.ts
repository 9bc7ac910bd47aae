/*
 * Defaults shared by `startStripeEmulator` and the command line (main.ts), so the two cannot
 * disagree; docs/stripe-emulator.md lists them.
 */

/** Wall-clock delay before a bank debit settles on its own (2 s: long enough to see "processing"). */
export const DEFAULT_ASYNC_PAYMENT_DELAY_MS = 2000;

/**
 * Wall-clock delay before a late balance transaction is made and `charge.updated` sent, when late
 * balance transactions are on (they are off by default).
 */
export const DEFAULT_BALANCE_TRANSACTION_DELAY_MS = 1000;

/** Delays before each retry of a failed webhook delivery; attempts = 1 + their count. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [200, 500, 1000, 2000, 4000];

/** How long a webhook receiver may take to answer. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

/** Days until a charge's funds are available. */
export const DEFAULT_AVAILABLE_AFTER_DAYS = 2;

export const DEFAULT_SETTLEMENT_CURRENCY = "usd";

/**
 * Emulator-clock seconds from a renewal's draft invoice to its finalization and payment. Stripe
 * "waits until one hour after the last webhook was successfully sent" (or one hour after creation
 * without webhooks) before it finalizes (https://docs.stripe.com/api/invoices).
 */
export const DEFAULT_INVOICE_FINALIZATION_DELAY_SECONDS = 3600;
