export { API_VERSION } from "./core";
export { CURRENCIES, convertMinor, FEE_FIXED_MINOR, FEE_PERCENT, processingFee } from "./money";
export {
  type StripeEmulator,
  type StripeEmulatorOptions,
  startStripeEmulator,
} from "./start-stripe-emulator";
export { TEST_CARDS, TEST_IBANS } from "./test-payment-methods";
export {
  type DeliveryAttempt,
  type DeliveryOrder,
  signPayload,
  type WebhookDelivery,
} from "./webhooks";
