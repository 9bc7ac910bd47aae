import Stripe from "stripe";
import type { RenderContext } from "../core/render-context";
import type { PriceRecord, ProductRecord } from "../state";

export function renderProduct(ctx: RenderContext, product: ProductRecord): Stripe.Product {
  return {
    id: product.id,
    object: "product",
    active: true,
    created: product.created,
    default_price: null,
    description: product.description,
    images: [],
    livemode: ctx.livemode,
    marketing_features: [],
    metadata: {},
    name: product.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: product.created,
    url: null,
  };
}

export function renderPrice(ctx: RenderContext, price: PriceRecord): Stripe.Price {
  return {
    id: price.id,
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    custom_unit_amount: null,
    livemode: ctx.livemode,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: price.productId,
    recurring: price.recurring
      ? {
          interval: price.recurring.interval,
          interval_count: price.recurring.intervalCount,
          meter: null,
          trial_period_days: null,
          usage_type: "licensed",
        }
      : null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: price.recurring ? "recurring" : "one_time",
    unit_amount: price.unitAmount,
    unit_amount_decimal: Stripe.Decimal.from(price.unitAmount),
  };
}

export function renderPlan(price: PriceRecord): Stripe.Plan {
  return {
    id: price.id,
    object: "plan",
    active: false,
    amount: price.unitAmount,
    amount_decimal: Stripe.Decimal.from(price.unitAmount),
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
    interval_count: price.recurring?.intervalCount ?? 1,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: null,
    product: price.productId,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}
