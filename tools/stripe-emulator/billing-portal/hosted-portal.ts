import type { EmulatorCore } from "../core/emulator-core";
import { formatMoney } from "../money";
import type { SubscriptionRecord } from "../state";
import { type PortalAction, runPortalAction } from "./portal-actions";
import type { PortalConfigurationRecord, PortalSessionRecord } from "./portal-records";

/*
 * The hosted portal page at a portal session's `url`: the emulator's stand-in for
 * billing.stripe.com. Plain HTML forms (no scripts, no external assets): the customer's running
 * subscriptions with the features the session's configuration enables (cancel, pause or resume,
 * a new card), the paid invoices, and a link back to `return_url`.
 */

export interface PortalPageResponse {
  status: number;
  html?: string;
  redirectTo?: string;
}

const ACTIONS: readonly PortalAction[] = ["cancel", "renew", "pause", "resume", "card"];

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; background: #f4f6fb; color: #1a1f36; }
main { max-width: 36rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.test-mode { background: #fff4d6; border: 2px solid #a86b00; border-radius: .5rem; padding: .75rem 1rem; }
section { background: #fff; border: 1px solid #c5cbe0; border-radius: .5rem; padding: 1rem; margin-top: 1.25rem; }
.amount { font-size: 1.5rem; font-weight: 700; margin: .25rem 0; }
form { margin-top: .75rem; }
label { display: block; font-weight: 600; margin-top: .75rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: .55rem .65rem; border: 1px solid #6b7394; border-radius: .35rem; }
button { margin-top: .75rem; font: inherit; font-weight: 700; padding: .6rem 1rem; border: 0; border-radius: .35rem; background: #0b57d0; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #0b57d0; border: 2px solid #0b57d0; }
:focus-visible { outline: 3px solid #1a1f36; outline-offset: 2px; }
.notice { border-radius: .35rem; padding: .6rem .8rem; margin-top: 1rem; border: 2px solid #1e7b34; background: #e6f4ea; }
.notice.error { border-color: #b3261e; background: #fde8e7; color: #7a1a14; }
a { color: #0b57d0; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; padding: .25rem .5rem .25rem 0; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="test-mode" role="note"><strong>Test mode.</strong> This is the offline Stripe emulator's customer portal: nothing real is charged or changed.</p>
${body}
</main>
</body>
</html>`;
}

function date(seconds: number): string {
  return new Date(seconds * 1000).toLocaleDateString("en-US", {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
}

function returnLink(session: PortalSessionRecord): string {
  return session.returnUrl
    ? `<p><a href="${escapeHtml(session.returnUrl)}" data-testid="portal-return">Return to the site</a></p>`
    : "";
}

function subscriptionSection(
  core: EmulatorCore,
  session: PortalSessionRecord,
  configuration: PortalConfigurationRecord,
  subscription: SubscriptionRecord,
): string {
  const price = core.state.prices[subscription.priceId];
  const product = price ? core.state.products[price.productId] : undefined;
  const amount = price ? formatMoney(price.unitAmount * subscription.quantity, price.currency) : "";
  const interval = price?.recurring ? ` per ${price.recurring.interval}` : "";
  const method = subscription.defaultPaymentMethodId
    ? core.state.paymentMethods[subscription.defaultPaymentMethodId]
    : undefined;
  const state =
    subscription.status === "paused"
      ? "Paused. No payments are taken until you resume."
      : subscription.cancelAtPeriodEnd
        ? `Cancels on ${date(subscription.currentPeriodEnd)}.`
        : `Renews on ${date(subscription.currentPeriodEnd)}.`;
  const form = (action: PortalAction, label: string, extra = "", secondary = false) =>
    `<form method="post" action="/billing_portal/session/${encodeURIComponent(session.id)}/${action}">
<input type="hidden" name="subscription" value="${escapeHtml(subscription.id)}">${extra}
<button type="submit"${secondary ? ' class="secondary"' : ""}>${escapeHtml(label)}</button>
</form>`;
  const forms: string[] = [];
  if (configuration.cancel.enabled && !subscription.cancelAtPeriodEnd) {
    forms.push(form("cancel", "Cancel subscription", "", true));
  }
  if (subscription.cancelAtPeriodEnd) forms.push(form("renew", "Don't cancel"));
  if (configuration.pause.enabled && subscription.status === "active") {
    forms.push(form("pause", "Pause subscription", "", true));
  }
  if (subscription.status === "paused") forms.push(form("resume", "Resume subscription"));
  const card = configuration.paymentMethodUpdate
    ? `<h3>Payment method</h3>
<p data-testid="portal-card">${method?.card ? `${escapeHtml(method.card.brand)} ending in ${escapeHtml(method.card.last4)}` : "None"}</p>
${form(
  "card",
  "Update card",
  `
<label for="card-number-${subscription.id}">Card number</label>
<input id="card-number-${subscription.id}" name="card_number" autocomplete="cc-number" inputmode="numeric" placeholder="4242 4242 4242 4242">
<label for="card-expiry-${subscription.id}">Expiry date (MM / YY)</label>
<input id="card-expiry-${subscription.id}" name="expiry" autocomplete="cc-exp" placeholder="MM / YY">
<label for="card-cvc-${subscription.id}">Security code (CVC)</label>
<input id="card-cvc-${subscription.id}" name="cvc" autocomplete="cc-csc" inputmode="numeric">`,
)}`
    : "";
  return `<section aria-labelledby="${subscription.id}-heading" data-testid="portal-subscription">
<h2 id="${subscription.id}-heading">${escapeHtml(product?.name ?? "Subscription")}</h2>
<p class="amount">${escapeHtml(amount)}${escapeHtml(interval)}</p>
<p data-testid="portal-subscription-state">${escapeHtml(state)}</p>
${forms.join("\n")}
${card}
</section>`;
}

function invoiceHistory(core: EmulatorCore, customerId: string): string {
  const paid = Object.values(core.state.invoices)
    .filter((invoice) => invoice.customerId === customerId && invoice.status === "paid")
    .sort((a, b) => b.created - a.created);
  if (paid.length === 0) return "";
  const rows = paid
    .map(
      (invoice) =>
        `<tr><td>${escapeHtml(date(invoice.created))}</td><td>${escapeHtml(formatMoney(invoice.amountPaid, invoice.currency))}</td><td>Paid</td></tr>`,
    )
    .join("");
  return `<section aria-labelledby="history-heading"><h2 id="history-heading">Invoice history</h2>
<table><thead><tr><th>Date</th><th>Amount</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function renderPortalPage(
  core: EmulatorCore,
  session: PortalSessionRecord,
  notice: { ok: boolean; message: string } | null = null,
): PortalPageResponse {
  if (session.expiresAt <= core.now()) {
    return {
      status: 410,
      html: layout(
        "Session expired",
        `<h1>This link has expired</h1><p>Customer portal sessions are short-lived. Please start again from the site you came from.</p>${returnLink(session)}`,
      ),
    };
  }
  const configuration = core.state.portalConfigurations[session.configurationId];
  const customer = core.state.customers[session.customerId];
  if (!configuration || !customer)
    return { status: 404, html: layout("Not found", "<h1>Not found</h1>") };
  const subscriptions = Object.values(core.state.subscriptions).filter(
    (subscription) => subscription.customerId === customer.id && subscription.status !== "canceled",
  );
  const body = `<h1>Manage your subscriptions</h1>
${customer.email ? `<p>Signed in as ${escapeHtml(customer.email)}</p>` : ""}
${notice ? `<p class="notice${notice.ok ? "" : " error"}" role="${notice.ok ? "status" : "alert"}" data-testid="portal-notice">${escapeHtml(notice.message)}</p>` : ""}
${returnLink(session)}
${subscriptions.length === 0 ? "<section><p>You have no active subscriptions.</p></section>" : subscriptions.map((subscription) => subscriptionSection(core, session, configuration, subscription)).join("\n")}
${configuration.invoiceHistory ? invoiceHistory(core, customer.id) : ""}`;
  return { status: 200, html: layout("Customer portal (test mode)", body) };
}

export function submitPortalPage(
  core: EmulatorCore,
  session: PortalSessionRecord,
  action: string,
  values: Record<string, string>,
): PortalPageResponse {
  const page = renderPortalPage(core, session);
  if (page.status !== 200) return page;
  const configuration = core.state.portalConfigurations[session.configurationId];
  const known = ACTIONS.find((candidate) => candidate === action);
  if (!configuration || !known)
    return { status: 404, html: layout("Not found", "<h1>Not found</h1>") };
  const outcome = runPortalAction(core, configuration, session.customerId, known, values);
  const rendered = renderPortalPage(core, session, outcome);
  return { ...rendered, status: outcome.ok ? 200 : 400 };
}
