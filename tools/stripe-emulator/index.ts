export { API_VERSION } from "./core/emulator-core";
export { DEFAULT_ASYNC_PAYMENT_DELAY_MS } from "./defaults";
export {
  type DeliveryAttempt,
  type DeliveryOrder,
  signPayload,
  type WebhookDelivery,
} from "./events/webhooks";
export { CURRENCIES, convertMinor, FEE_FIXED_MINOR, FEE_PERCENT, processingFee } from "./money";
export {
  type StripeEmulator,
  type StripeEmulatorOptions,
  startStripeEmulator,
} from "./start-stripe-emulator";
export { TEST_CARDS, TEST_IBANS } from "./test-payment-methods";
