import type { EmulatorCore } from "../core/emulator-core";
import { invalidRequest, missingParam, resourceMissing } from "../errors";
import {
  type FormObject,
  type FormValue,
  lookup,
  metadataParam,
  optionalString,
  paramName,
} from "../form-params";
import { newId } from "../ids";
import { CURRENCIES, convertMinor, currencyInfo, formatMoney, MAXIMUM_AMOUNT } from "../money";
import { type LineItemRecord, type PriceRecord, SessionRecord } from "../state";
import { addSession } from "./checkout-sessions";

/*
 * Creates a Checkout Session. The parameter tree (unknown parameters at any depth, integers,
 * enums such as `locale`, `payment_method_types` gone since API version 2026-10-28) is checked
 * before this runs, from the `stripe` package's types (params/check-params.ts). Here: the rules
 * between parameters, and Stripe's limits, answered with Stripe's messages and `param`.
 */

/** "client_reference_id ... can be up to 200 characters" (API reference). */
const CLIENT_REFERENCE_ID_MAX = 200;

/** `adaptive_pricing[enabled]` / `managed_payments[enabled]`: a boolean, as Stripe reads one. */
function enabledParam(params: FormObject, name: string): boolean | undefined {
  if (lookup(params, name) === undefined) return undefined;
  const value = optionalString(params, name, "enabled");
  if (value === "true") return true;
  if (value === "false") return false;
  throw invalidRequest(`Invalid boolean: ${value ?? "object"}`, `${name}[enabled]`);
}

const SUBMIT_TYPES = SessionRecord.shape.submitType.unwrap().options;
type SubmitType = (typeof SUBMIT_TYPES)[number];

function isSubmitType(value: string): value is SubmitType {
  return SUBMIT_TYPES.some((type) => type === value);
}

/**
 * The languages Checkout is shown in, as the `stripe` package's `Checkout.SessionCreateParams.Locale`
 * lists them (and docs.stripe.com/api/checkout/sessions/create, `locale`). Arabic is not one.
 */
export const CHECKOUT_LOCALES = [
  "auto",
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "en-GB",
  "es",
  "es-419",
  "et",
  "fi",
  "fil",
  "fr",
  "fr-CA",
  "hi-IN",
  "hr",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "lt",
  "lv",
  "ms",
  "mt",
  "nb",
  "nl",
  "pl",
  "pt",
  "pt-BR",
  "ro",
  "ru",
  "sk",
  "sl",
  "sv",
  "th",
  "tr",
  "vi",
  "zh",
  "zh-HK",
  "zh-TW",
] as const;

function localeParam(params: FormObject): string | null {
  const locale = optionalString(params, "locale");
  if (locale === undefined) return null;
  if (!CHECKOUT_LOCALES.some((known) => known === locale)) {
    throw invalidRequest(`Invalid locale: must be one of ${CHECKOUT_LOCALES.join(", ")}`, "locale");
  }
  return locale;
}

const SESSION_MIN_LIFETIME = 30 * 60;
const SESSION_MAX_LIFETIME = 24 * 60 * 60;

function integerParam(value: FormValue | undefined, param: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^-?\d+$/.test(value.trim())) {
    throw invalidRequest(`Invalid integer: ${typeof value === "string" ? value : "object"}`, param);
  }
  return Number(value);
}

function urlParam(params: FormObject, name: string): string | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  try {
    new URL(value.replace("{CHECKOUT_SESSION_ID}", "cs_test"));
  } catch {
    throw invalidRequest("Not a valid URL", name, "url_invalid");
  }
  return value;
}

function checkMetadata(metadata: Record<string, string>, prefix: string): void {
  const keys = Object.keys(metadata);
  if (keys.length > 50) throw invalidRequest("Metadata can have up to 50 keys.", prefix);
  for (const key of keys) {
    if (key.length > 40) {
      throw invalidRequest(
        `Metadata keys can have up to 40 characters, but you passed in a key that is ${key.length} characters.`,
        `${prefix}[${key}]`,
      );
    }
    const length = metadata[key]?.length ?? 0;
    if (length > 500) {
      throw invalidRequest(
        `Metadata values can have up to 500 characters, but you passed in a value that is ${length} characters.`,
        `${prefix}[${key}]`,
      );
    }
  }
}

function parseLineItem(
  core: EmulatorCore,
  params: FormObject,
  index: number,
): { line: LineItemRecord; price: PriceRecord } {
  const at = (...path: Array<string | number>) => paramName("line_items", index, ...path);
  const quantity = integerParam(lookup(params, "line_items", index, "quantity"), at("quantity"));
  if (quantity === undefined) throw missingParam(at("quantity"));
  if (quantity < 1 || quantity > 999_999) {
    throw invalidRequest("This value must be greater than or equal to 1.", at("quantity"));
  }

  const priceId = optionalString(params, "line_items", index, "price");
  if (priceId !== undefined) {
    const price = core.state.prices[priceId];
    if (!price) throw resourceMissing("price", priceId, at("price"));
    const product = core.state.products[price.productId];
    return {
      line: { id: newId("li"), priceId, quantity, description: product?.name ?? "" },
      price,
    };
  }

  if (lookup(params, "line_items", index, "price_data") === undefined) {
    throw invalidRequest(
      "You must specify either `price` or `price_data` for each line item.",
      at("price_data"),
    );
  }
  const currencyRaw = optionalString(params, "line_items", index, "price_data", "currency");
  if (currencyRaw === undefined) throw missingParam(at("price_data", "currency"));
  const currency = currencyRaw.toLowerCase();
  if (!currencyInfo(currency)) {
    throw invalidRequest(
      `Invalid currency: ${currencyRaw}. Stripe currently supports these currencies: ${Object.keys(CURRENCIES).join(", ")}`,
      at("price_data", "currency"),
    );
  }
  const unitParam = at("price_data", "unit_amount");
  if (lookup(params, "line_items", index, "price_data", "unit_amount_decimal") !== undefined) {
    throw invalidRequest(
      "The Stripe emulator supports `unit_amount` only, not `unit_amount_decimal`.",
      at("price_data", "unit_amount_decimal"),
    );
  }
  const unitAmount = integerParam(
    lookup(params, "line_items", index, "price_data", "unit_amount"),
    unitParam,
  );
  if (unitAmount === undefined) throw missingParam(unitParam);
  if (unitAmount < 0)
    throw invalidRequest("This value must be greater than or equal to 0.", unitParam);
  if (unitAmount > MAXIMUM_AMOUNT) {
    throw invalidRequest(
      `This value must be less than or equal to ${MAXIMUM_AMOUNT} (it currently is '${unitAmount}').`,
      unitParam,
    );
  }

  const recurringValue = lookup(params, "line_items", index, "price_data", "recurring");
  let recurring: PriceRecord["recurring"] = null;
  if (recurringValue !== undefined) {
    const interval = optionalString(
      params,
      "line_items",
      index,
      "price_data",
      "recurring",
      "interval",
    );
    if (interval === undefined) throw missingParam(at("price_data", "recurring", "interval"));
    if (interval !== "day" && interval !== "week" && interval !== "month" && interval !== "year") {
      throw invalidRequest(
        `Invalid recurring[interval]: must be one of day, week, month, or year`,
        at("price_data", "recurring", "interval"),
      );
    }
    const intervalCount =
      integerParam(
        lookup(params, "line_items", index, "price_data", "recurring", "interval_count"),
        at("price_data", "recurring", "interval_count"),
      ) ?? 1;
    if (intervalCount < 1)
      throw invalidRequest(
        "This value must be greater than or equal to 1.",
        at("price_data", "recurring", "interval_count"),
      );
    recurring = { interval, intervalCount };
  }

  let productId = optionalString(params, "line_items", index, "price_data", "product");
  let productName: string;
  const now = core.now();
  if (productId !== undefined) {
    const product = core.state.products[productId];
    if (!product) throw resourceMissing("product", productId, at("price_data", "product"));
    productName = product.name;
  } else {
    const name = optionalString(params, "line_items", index, "price_data", "product_data", "name");
    if (name === undefined || name.trim() === "")
      throw missingParam(at("price_data", "product_data", "name"));
    const description =
      optionalString(params, "line_items", index, "price_data", "product_data", "description") ??
      null;
    if (description === "")
      throw invalidRequest(
        "You passed an empty string for 'description'. We assume empty values are an attempt to unset a parameter; however 'description' cannot be unset. You should remove 'description' from your request or supply a non-empty value.",
        at("price_data", "product_data", "description"),
      );
    checkMetadata(
      metadataParam(params, "line_items", index, "price_data", "product_data", "metadata"),
      at("price_data", "product_data", "metadata"),
    );
    productId = newId("prod");
    core.state.products[productId] = { id: productId, created: now, name, description };
    productName = name;
  }
  const price: PriceRecord = {
    id: newId("price"),
    created: now,
    productId,
    currency,
    unitAmount,
    recurring,
  };
  core.state.prices[price.id] = price;
  return {
    line: { id: newId("li"), priceId: price.id, quantity, description: productName },
    price,
  };
}

/** The emulator keeps no configurations: any `pmc_` id stands for one that exists. */
function paymentMethodConfigurationParam(params: FormObject): string | null {
  const id = optionalString(params, "payment_method_configuration");
  if (id === undefined) return null;
  if (!id.startsWith("pmc_")) {
    throw resourceMissing("payment_method_configuration", id, "payment_method_configuration");
  }
  return id;
}

export function createCheckoutSession(core: EmulatorCore, params: FormObject): SessionRecord {
  const mode = optionalString(params, "mode");
  if (mode === undefined) throw missingParam("mode");
  if (mode === "setup")
    throw invalidRequest("The Stripe emulator does not support `setup` mode.", "mode");
  if (mode !== "payment" && mode !== "subscription") {
    throw invalidRequest("Invalid mode: must be one of payment, setup, or subscription", "mode");
  }

  const uiMode = optionalString(params, "ui_mode");
  if (uiMode !== undefined && uiMode !== "hosted_page") {
    throw invalidRequest(
      "The Stripe emulator supports only the hosted page (`ui_mode=hosted_page`).",
      "ui_mode",
    );
  }
  const successUrl = urlParam(params, "success_url");
  if (successUrl === undefined) throw missingParam("success_url");
  const cancelUrl = urlParam(params, "cancel_url") ?? null;

  const submitType = optionalString(params, "submit_type") ?? null;
  if (submitType !== null && !isSubmitType(submitType)) {
    throw invalidRequest(
      "Invalid submit_type: must be one of auto, book, donate, pay, or subscribe",
      "submit_type",
    );
  }
  if (
    mode === "subscription" &&
    submitType !== null &&
    submitType !== "auto" &&
    submitType !== "subscribe"
  ) {
    throw invalidRequest(
      `\`submit_type\` \`${submitType}\` cannot be used in \`subscription\` mode.`,
      "submit_type",
    );
  }
  if (mode === "payment" && submitType === "subscribe") {
    throw invalidRequest(
      "`submit_type` `subscribe` can only be used in `subscription` mode.",
      "submit_type",
    );
  }

  if (mode === "subscription" && lookup(params, "customer_creation") !== undefined) {
    // Stripe's answer has no `param` (a subscription always creates its customer).
    throw invalidRequest("`customer_creation` can only be used in `payment` mode.");
  }
  const clientReferenceId = optionalString(params, "client_reference_id") ?? null;
  if (clientReferenceId !== null && clientReferenceId.length > CLIENT_REFERENCE_ID_MAX) {
    throw invalidRequest(
      `Invalid string: ${clientReferenceId.slice(0, 20)}...; must be at most ${CLIENT_REFERENCE_ID_MAX} characters`,
      "client_reference_id",
    );
  }

  const customerEmail = optionalString(params, "customer_email") ?? null;
  if (customerEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(customerEmail)) {
    throw invalidRequest(
      `Invalid email address: ${customerEmail}`,
      "customer_email",
      "email_invalid",
    );
  }
  const customerId = optionalString(params, "customer") ?? null;
  if (customerId !== null && !core.state.customers[customerId])
    throw resourceMissing("customer", customerId, "customer");
  if (customerId !== null && customerEmail !== null) {
    throw invalidRequest(
      "You may only specify one of these parameters: customer, customer_email.",
      "customer_email",
    );
  }

  const metadata = metadataParam(params, "metadata");
  checkMetadata(metadata, "metadata");

  if (mode === "subscription" && lookup(params, "payment_intent_data") !== undefined) {
    throw invalidRequest(
      "You can not pass `payment_intent_data` in `subscription` mode.",
      "payment_intent_data",
    );
  }
  if (mode === "payment" && lookup(params, "subscription_data") !== undefined) {
    throw invalidRequest(
      "You can not pass `subscription_data` in `payment` mode.",
      "subscription_data",
    );
  }
  const paymentIntentMetadata = metadataParam(params, "payment_intent_data", "metadata");
  checkMetadata(paymentIntentMetadata, "payment_intent_data[metadata]");
  const subscriptionMetadata = metadataParam(params, "subscription_data", "metadata");
  checkMetadata(subscriptionMetadata, "subscription_data[metadata]");

  const now = core.now();
  const expiresAt =
    integerParam(lookup(params, "expires_at"), "expires_at") ?? now + SESSION_MAX_LIFETIME;
  if (expiresAt < now + SESSION_MIN_LIFETIME || expiresAt > now + SESSION_MAX_LIFETIME) {
    throw invalidRequest(
      "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.",
      "expires_at",
    );
  }

  const lineItemsValue = lookup(params, "line_items");
  if (lineItemsValue === undefined) throw missingParam("line_items");
  if (!Array.isArray(lineItemsValue) || lineItemsValue.length === 0) {
    throw invalidRequest("Invalid array", "line_items");
  }
  if (mode === "subscription" && lineItemsValue.length > 1) {
    throw invalidRequest(
      "The Stripe emulator supports one line item in `subscription` mode.",
      "line_items",
    );
  }

  // Prices and products are created only once every check has passed, so a rejected request
  // leaves nothing behind: snapshot the two tables and restore them on error.
  const productsBefore = { ...core.state.products };
  const pricesBefore = { ...core.state.prices };
  try {
    const parsed = lineItemsValue.map((_, index) => parseLineItem(core, params, index));
    const first = parsed[0];
    if (!first) throw missingParam("line_items");
    const currency = first.price.currency;
    parsed.forEach(({ price }, index) => {
      if (price.currency !== currency) {
        throw invalidRequest(
          "All line items must use the same currency.",
          paramName("line_items", index, "price_data", "currency"),
        );
      }
      if (mode === "payment" && price.recurring) {
        throw invalidRequest(
          "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
          paramName("line_items", index, "price_data", "recurring"),
        );
      }
    });
    if (mode === "subscription" && !parsed.some(({ price }) => price.recurring)) {
      throw invalidRequest(
        "You must provide at least one recurring price in `subscription` mode when using prices.",
        paramName("line_items", 0, "price_data", "recurring"),
      );
    }
    const amountTotal = parsed.reduce(
      (sum, { line, price }) => sum + price.unitAmount * line.quantity,
      0,
    );
    const info = currencyInfo(currency);
    const amountParam = paramName("line_items", 0, "price_data", "unit_amount");
    if (info && amountTotal < info.minimumAmount) {
      throw invalidRequest(
        `The Checkout Session's total amount due must add up to at least ${formatMoney(info.minimumAmount, currency)} ${currency}`,
        amountParam,
        "amount_too_small",
      );
    }
    // Stripe also refuses an amount below the minimum of the account's settlement currency once
    // converted (docs.stripe.com/currencies#minimum-and-maximum-charge-amounts), in its words.
    const settlement = core.config.settlementCurrency;
    const settlementInfo = currencyInfo(settlement);
    const converted = convertMinor(amountTotal, currency, settlement);
    if (settlementInfo && currency !== settlement && converted < settlementInfo.minimumAmount) {
      throw invalidRequest(
        `Amount must convert to at least ${formatMoney(settlementInfo.minimumAmount, settlement)}. ${formatMoney(amountTotal, currency)} converts to approximately ${formatMoney(converted, settlement)}.`,
        amountParam,
        "amount_too_small",
      );
    }
    if (amountTotal > MAXIMUM_AMOUNT) {
      throw invalidRequest(
        `Amount must be no more than ${formatMoney(MAXIMUM_AMOUNT, currency)}`,
        amountParam,
        "amount_too_large",
      );
    }

    const session: SessionRecord = {
      id: newId("cs_test"),
      created: now,
      expiresAt,
      mode,
      status: "open",
      paymentStatus: "unpaid",
      currency,
      amountTotal,
      lineItems: parsed.map(({ line }) => line),
      successUrl,
      cancelUrl,
      customerEmail:
        customerEmail ?? (customerId ? (core.state.customers[customerId]?.email ?? null) : null),
      customerId,
      customerDetails: null,
      clientReferenceId,
      submitType,
      locale: localeParam(params),
      adaptivePricing:
        enabledParam(params, "adaptive_pricing") ?? core.config.adaptivePricingDashboard,
      managedPayments: enabledParam(params, "managed_payments") ?? null,
      paymentMethodConfiguration: paymentMethodConfigurationParam(params),
      metadata,
      paymentIntentData: {
        description: optionalString(params, "payment_intent_data", "description") ?? null,
        metadata: paymentIntentMetadata,
      },
      subscriptionData: {
        description: optionalString(params, "subscription_data", "description") ?? null,
        metadata: subscriptionMetadata,
      },
      paymentIntentId: null,
      subscriptionId: null,
      invoiceId: null,
    };
    addSession(core, session);
    return session;
  } catch (error) {
    core.state.products = productsBefore;
    core.state.prices = pricesBefore;
    throw error;
  }
}
