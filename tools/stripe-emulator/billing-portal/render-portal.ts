import type Stripe from "stripe";
import type { RenderContext } from "../core/render-context";
import type { PortalConfigurationRecord, PortalSessionRecord } from "./portal-records";

/** The hosted portal page of a session (Stripe's is billing.stripe.com/p/session/...). */
export function portalPageUrl(publicUrl: string, sessionId: string): string {
  return `${publicUrl}/billing_portal/session/${sessionId}`;
}

export function renderPortalConfiguration(
  _ctx: RenderContext,
  configuration: PortalConfigurationRecord,
): Stripe.BillingPortal.Configuration {
  return {
    id: configuration.id,
    object: "billing_portal.configuration",
    active: true,
    application: null,
    business_profile: { headline: null, privacy_policy_url: null, terms_of_service_url: null },
    created: configuration.created,
    default_return_url: configuration.defaultReturnUrl,
    features: {
      customer_update: { allowed_updates: [], enabled: false },
      invoice_history: { enabled: configuration.invoiceHistory },
      payment_method_update: {
        enabled: configuration.paymentMethodUpdate,
        payment_method_configuration: null,
      },
      subscription_cancel: {
        cancellation_reason: { enabled: false, feedback_options: null, options: [] },
        enabled: configuration.cancel.enabled,
        mode: configuration.cancel.mode,
        proration_behavior: "none",
      },
      subscription_pause: {
        duration: {
          type: "interval_options",
          interval_options: [{ interval: "month", interval_count: 1 }],
        },
        enabled: configuration.pause.enabled,
      },
      subscription_update: {
        billing_cycle_anchor: null,
        default_allowed_updates: [],
        enabled: false,
        products: null,
        proration_behavior: "none",
        schedule_at_period_end: { conditions: [] },
        trial_update_behavior: "end_trial",
      },
    },
    is_default: false,
    livemode: false,
    login_page: { enabled: false, url: null },
    metadata: configuration.metadata,
    name: configuration.name,
    updated: configuration.created,
  };
}

export function renderPortalSession(
  ctx: RenderContext,
  session: PortalSessionRecord,
): Stripe.BillingPortal.Session {
  return {
    id: session.id,
    object: "billing_portal.session",
    configuration: session.configurationId,
    created: session.created,
    customer: session.customerId,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: session.locale,
    on_behalf_of: null,
    return_url: session.returnUrl,
    url: portalPageUrl(ctx.publicUrl, session.id),
  };
}
