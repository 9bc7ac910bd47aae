import "server-only";
// What every Checkout Session sets on purpose rather than leaving to account defaults that can
// change in the Dashboard (docs/decisions/026-checkout-settings.md): the payment method
// configuration (or none: the account's default, managed in the Dashboard), Adaptive Pricing
// (STRIPE_ADAPTIVE_PRICING, off unless set) and Managed Payments, off: Stripe's merchant-of-record
// service is for digital products, and a gift is not a sale.
import type Stripe from "stripe";
import { env } from "@/lib/env";

type CheckoutSettings = Pick<
  Stripe.Checkout.SessionCreateParams,
  "adaptive_pricing" | "managed_payments" | "payment_method_configuration"
>;

export function checkoutSettings(): CheckoutSettings {
  return {
    adaptive_pricing: { enabled: env.STRIPE_ADAPTIVE_PRICING },
    managed_payments: { enabled: false },
    ...(env.STRIPE_PAYMENT_METHOD_CONFIGURATION
      ? { payment_method_configuration: env.STRIPE_PAYMENT_METHOD_CONFIGURATION }
      : {}),
  };
}
