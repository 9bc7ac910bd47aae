import { requireRecord } from "../core/render-context";
import { invalidRequest, missingParam } from "../errors";
import {
  booleanParam,
  type FormObject,
  lookup,
  metadataParam,
  optionalString,
  paramName,
} from "../form-params";
import { type ApiCall, type ApiRoute, listRoute } from "../http/api-route";
import { route } from "../http/router";
import { newId } from "../ids";
import type { PortalConfigurationRecord, PortalSessionRecord } from "./portal-records";
import { renderPortalConfiguration, renderPortalSession } from "./render-portal";

/*
 * `POST /v1/billing_portal/configurations` (+ list and retrieve) and
 * `POST /v1/billing_portal/sessions`, checked as Stripe checks them for what a portal needs
 * (docs.stripe.com/api/customer_portal/configurations/create, .../sessions/create). Features the
 * emulator's portal does not model (customer details, plan changes) must be off when given.
 */

/** How long a portal session's page works (Stripe: "short-lived"). */
export const PORTAL_SESSION_SECONDS = 5 * 60;

function enabledParam(params: FormObject, feature: string, required: boolean): boolean | undefined {
  const value = optionalString(params, "features", feature, "enabled");
  if (value === undefined) {
    if (required && lookup(params, "features", feature) !== undefined) {
      throw missingParam(paramName("features", feature, "enabled"));
    }
    return undefined;
  }
  if (value !== "true" && value !== "false") {
    throw invalidRequest(`Invalid boolean: ${value}`, paramName("features", feature, "enabled"));
  }
  return value === "true";
}

function createConfiguration(params: FormObject, now: number): PortalConfigurationRecord {
  if (lookup(params, "features") === undefined) throw missingParam("features");
  for (const modelled of ["customer_update", "subscription_update"]) {
    if (enabledParam(params, modelled, true) === true) {
      throw invalidRequest(
        `The Stripe emulator's portal does not model features[${modelled}]; send enabled=false.`,
        paramName("features", modelled, "enabled"),
      );
    }
  }
  const mode = optionalString(params, "features", "subscription_cancel", "mode") ?? "at_period_end";
  if (mode !== "at_period_end" && mode !== "immediately") {
    throw invalidRequest(
      `Invalid features[subscription_cancel][mode]: must be one of at_period_end, immediately`,
      "features[subscription_cancel][mode]",
    );
  }
  const proration = optionalString(params, "features", "subscription_cancel", "proration_behavior");
  if (proration === "always_invoice") {
    throw invalidRequest(
      "Passing always_invoice for features[subscription_cancel][proration_behavior] is not supported.",
      "features[subscription_cancel][proration_behavior]",
    );
  }
  const name = optionalString(params, "name");
  const returnUrl = optionalString(params, "default_return_url");
  return {
    id: newId("bpc"),
    created: now,
    name: name ? name : null,
    metadata: metadataParam(params, "metadata"),
    defaultReturnUrl: returnUrl ? returnUrl : null,
    cancel: { enabled: enabledParam(params, "subscription_cancel", true) ?? false, mode },
    pause: { enabled: enabledParam(params, "subscription_pause", false) ?? false },
    paymentMethodUpdate: enabledParam(params, "payment_method_update", true) ?? false,
    invoiceHistory: enabledParam(params, "invoice_history", true) ?? false,
  };
}

function createSession(call: ApiCall): PortalSessionRecord {
  const { core, params } = call;
  for (const unsupported of ["after_expiration", "customer_account", "flow_data", "on_behalf_of"]) {
    if (lookup(params, unsupported) !== undefined) {
      throw invalidRequest(
        `The Stripe emulator's portal does not model ${unsupported}.`,
        unsupported,
      );
    }
  }
  const customerId = optionalString(params, "customer");
  if (!customerId) throw missingParam("customer");
  requireRecord(core.state.customers, customerId, "customer", "customer");
  const configurationId = optionalString(params, "configuration");
  let configuration: PortalConfigurationRecord | undefined;
  if (configurationId !== undefined) {
    configuration = requireRecord(
      core.state.portalConfigurations,
      configurationId,
      "billing_portal.configuration",
      "configuration",
    );
  } else {
    configuration = Object.values(core.state.portalConfigurations).find(
      (c) => c.metadata.__default === "true",
    );
    if (!configuration) {
      // As a fresh Stripe account would: a default configuration made on first use.
      configuration = {
        id: newId("bpc"),
        created: core.now(),
        name: null,
        metadata: { __default: "true" },
        defaultReturnUrl: null,
        cancel: { enabled: true, mode: "at_period_end" },
        pause: { enabled: false },
        paymentMethodUpdate: true,
        invoiceHistory: true,
      };
      core.state.portalConfigurations[configuration.id] = configuration;
    }
  }
  // Unknown parameters and an invalid locale were refused before this ran, from the stripe
  // package's types (params/check-params.ts).
  const locale = optionalString(params, "locale") ?? null;
  const returnUrl = optionalString(params, "return_url") ?? configuration.defaultReturnUrl;
  if (returnUrl !== null && !/^https?:\/\/\S+$/.test(returnUrl)) {
    throw invalidRequest("Not a valid URL", "return_url", "url_invalid");
  }
  const now = core.now();
  const session: PortalSessionRecord = {
    id: newId("bps"),
    created: now,
    expiresAt: now + PORTAL_SESSION_SECONDS,
    customerId,
    configurationId: configuration.id,
    locale,
    returnUrl,
  };
  core.state.portalSessions[session.id] = session;
  core.changed();
  return session;
}

export const portalRoutes: ApiRoute[] = [
  listRoute(
    "/v1/billing_portal/configurations",
    (state) => state.portalConfigurations,
    renderPortalConfiguration,
    {},
    (configuration, params) => {
      const active = booleanParam(params, "active");
      const isDefault = booleanParam(params, "is_default");
      return active !== false && isDefault !== true && configuration.metadata.__default !== "true";
    },
  ),
  route("POST /v1/billing_portal/configurations", ({ core, params }: ApiCall) => {
    const configuration = createConfiguration(params, core.now());
    core.state.portalConfigurations[configuration.id] = configuration;
    core.changed();
    return renderPortalConfiguration(core.render, configuration);
  }),
  route("GET /v1/billing_portal/configurations/:id", ({ core }: ApiCall, id) =>
    renderPortalConfiguration(
      core.render,
      requireRecord(core.state.portalConfigurations, id, "billing_portal.configuration"),
    ),
  ),
  route("POST /v1/billing_portal/sessions", (call: ApiCall) =>
    renderPortalSession(call.core.render, createSession(call)),
  ),
];
