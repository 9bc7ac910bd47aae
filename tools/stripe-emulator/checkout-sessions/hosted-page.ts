import type { EmulatorCore } from "../core/emulator-core";
import { formatMoney } from "../money";
import { createPaymentMethod } from "../payments/payment-intents";
import { offersSepaDebit } from "../payments/payment-method-types";
import type { PaymentErrorRecord, SessionRecord } from "../state";
import {
  digitsOnly,
  LIVE_CARD_IN_TEST_MODE,
  parseExpiry,
  passesLuhn,
  TEST_CARDS,
  TEST_IBANS,
} from "../test-payment-methods";
import { completeSession } from "./checkout-sessions";

/*
 * The hosted checkout page at a session's `url`: plain HTML forms (no scripts, no external
 * assets) that work with a keyboard and a screen reader. It is the emulator's stand-in for
 * checkout.stripe.com: test cards succeed or decline, test IBANs pay later or fail later.
 */

export type PageField = "email" | "name" | "card_number" | "expiry" | "cvc" | "iban";

export interface PageError {
  form: "card" | "bank";
  field: PageField | null;
  message: string;
}

export interface PageResponse {
  status: number;
  html?: string;
  redirectTo?: string;
}

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
main { max-width: 32rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.test-mode { background: #fff4d6; border: 2px solid #a86b00; border-radius: .5rem; padding: .75rem 1rem; }
.amount { font-size: 2rem; font-weight: 700; margin: .25rem 0; }
form { background: #fff; border: 1px solid #c5cbe0; border-radius: .5rem; padding: 1rem; margin-top: 1.25rem; }
fieldset { border: 0; margin: 0; padding: 0; }
legend { font-weight: 700; font-size: 1.15rem; padding: 0; margin-bottom: .5rem; }
label { display: block; font-weight: 600; margin-top: .75rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: .55rem .65rem; border: 1px solid #6b7394; border-radius: .35rem; }
input[aria-invalid="true"] { border: 2px solid #b3261e; }
.hint { color: #474f6b; font-size: .9rem; margin: .25rem 0 0; }
button { margin-top: 1rem; width: 100%; font: inherit; font-weight: 700; padding: .7rem; border: 0; border-radius: .35rem; background: #0b57d0; color: #fff; cursor: pointer; }
:focus-visible { outline: 3px solid #1a1f36; outline-offset: 2px; }
.error { background: #fde8e7; border: 2px solid #b3261e; color: #7a1a14; border-radius: .35rem; padding: .6rem .8rem; margin-top: .75rem; }
a { color: #0b57d0; }
.cancel { margin-top: 1.5rem; }
`;

/** The page around `body`; `bankDebit`: the session offers SEPA, so the notice names test IBANs. */
function layout(title: string, body: string, bankDebit = false): string {
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
<p class="test-mode" role="note"><strong>Test mode.</strong> This is the offline Stripe emulator: no real payment is made. Use a test card such as 4242 4242 4242 4242${bankDebit ? ", or a test IBAN" : ""}.</p>
${body}
</main>
</body>
</html>`;
}

function priceSummary(core: EmulatorCore, session: SessionRecord) {
  const line = session.lineItems[0];
  const price = line ? core.state.prices[line.priceId] : undefined;
  const product = price ? core.state.products[price.productId] : undefined;
  const interval = price?.recurring
    ? price.recurring.intervalCount === 1
      ? ` per ${price.recurring.interval}`
      : ` every ${price.recurring.intervalCount} ${price.recurring.interval}s`
    : "";
  return {
    amount: formatMoney(session.amountTotal, session.currency),
    interval,
    name: product?.name ?? "Payment",
    description: product?.description ?? null,
  };
}

function field(options: {
  id: string;
  name: PageField;
  label: string;
  error: PageError | null;
  form: PageError["form"];
  value?: string;
  type?: string;
  autocomplete: string;
  inputmode?: string;
  hint?: string;
  placeholder?: string;
}): string {
  const invalid = options.error?.form === options.form && options.error.field === options.name;
  const describedBy = [
    options.hint ? `${options.id}-hint` : null,
    invalid ? `${options.form}-error` : null,
  ]
    .filter((entry): entry is string => entry !== null)
    .join(" ");
  return `<label for="${options.id}">${escapeHtml(options.label)}</label>
<input id="${options.id}" name="${options.name}" type="${options.type ?? "text"}" autocomplete="${options.autocomplete}"${
    options.inputmode ? ` inputmode="${options.inputmode}"` : ""
  }${options.placeholder ? ` placeholder="${escapeHtml(options.placeholder)}"` : ""} value="${escapeHtml(options.value ?? "")}"${
    describedBy ? ` aria-describedby="${describedBy}"` : ""
  }${invalid ? ' aria-invalid="true"' : ""}>${options.hint ? `\n<p class="hint" id="${options.id}-hint">${escapeHtml(options.hint)}</p>` : ""}`;
}

function errorBox(error: PageError | null, form: PageError["form"]): string {
  if (error?.form !== form) return "";
  return `<p class="error" id="${form}-error" role="alert">${escapeHtml(error.message)}</p>`;
}

export function renderCheckoutPage(
  core: EmulatorCore,
  session: SessionRecord,
  error: PageError | null = null,
  values: Record<string, string> = {},
): string {
  const summary = priceSummary(core, session);
  if (session.status === "complete") {
    return layout(
      "Payment complete",
      `<h1>Thank you</h1><p>This payment is complete. You can close this page.</p>`,
    );
  }
  if (session.status === "expired") {
    return layout(
      "Checkout expired",
      `<h1>This checkout page has expired</h1><p>The session is no longer active and no payment was taken. Please start again from the site you came from.</p>${
        session.cancelUrl
          ? `<p><a href="${escapeHtml(session.cancelUrl)}">Return to the site</a></p>`
          : ""
      }`,
    );
  }
  const verb =
    session.submitType === "donate"
      ? "Donate"
      : session.mode === "subscription"
        ? "Subscribe"
        : "Pay";
  const action = `/checkout/${encodeURIComponent(session.id)}/pay`;
  const email = values.email ?? session.customerEmail ?? "";
  const emailField = (form: PageError["form"]) =>
    field({
      id: `${form}-email`,
      name: "email",
      label: "Email",
      type: "email",
      autocomplete: "email",
      value: email,
      error,
      form,
    });
  const body = `<h1>${escapeHtml(summary.name)}</h1>
<section aria-labelledby="summary-heading">
<h2 id="summary-heading">${session.submitType === "donate" ? "Your donation" : "Order summary"}</h2>
<p class="amount">${escapeHtml(summary.amount)}${escapeHtml(summary.interval)}</p>
${summary.description ? `<p>${escapeHtml(summary.description)}</p>` : ""}
</section>
<form method="post" action="${action}" novalidate>
<fieldset>
<legend>Pay by card</legend>
<input type="hidden" name="method" value="card">
${errorBox(error, "card")}
${emailField("card")}
${field({ id: "card-number", name: "card_number", label: "Card number", autocomplete: "cc-number", inputmode: "numeric", placeholder: "1234 1234 1234 1234", hint: "Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.", value: values.card_number, error, form: "card" })}
${field({ id: "card-expiry", name: "expiry", label: "Expiry date (MM / YY)", autocomplete: "cc-exp", placeholder: "MM / YY", value: values.expiry, error, form: "card" })}
${field({ id: "card-cvc", name: "cvc", label: "Security code (CVC)", autocomplete: "cc-csc", inputmode: "numeric", value: values.cvc, error, form: "card" })}
${field({ id: "card-name", name: "name", label: "Name on card", autocomplete: "cc-name", value: values.name, error, form: "card" })}
<button type="submit">${verb} ${escapeHtml(summary.amount)}</button>
</fieldset>
</form>
${
  offersSepaDebit(session.currency)
    ? bankDebitForm({
        action,
        label: `${verb} ${summary.amount}`,
        error,
        values,
        emailField: emailField("bank"),
      })
    : ""
}
${session.cancelUrl ? `<p class="cancel"><a href="${escapeHtml(session.cancelUrl)}">Cancel and return to the site</a></p>` : ""}`;
  return layout(
    `${verb} ${summary.amount}: ${summary.name} (test mode)`,
    body,
    offersSepaDebit(session.currency),
  );
}

/** The bank debit form, offered for EUR payments only (payments/payment-method-types.ts). */
function bankDebitForm(input: {
  action: string;
  label: string;
  error: PageError | null;
  values: Record<string, string>;
  emailField: string;
}): string {
  const { action, error, values } = input;
  return `<form method="post" action="${action}" novalidate>
<fieldset>
<legend>Pay by bank debit (SEPA)</legend>
<input type="hidden" name="method" value="sepa_debit">
${errorBox(error, "bank")}
${input.emailField}
${field({ id: "bank-name", name: "name", label: "Account holder name", autocomplete: "name", value: values.name, error, form: "bank" })}
${field({ id: "bank-iban", name: "iban", label: "IBAN", autocomplete: "off", placeholder: "AT61 1904 3002 3457 3201", hint: "Test IBANs: AT61 1904 3002 3457 3201 is paid later, AT86 1904 3002 3547 3202 fails later.", value: values.iban, error, form: "bank" })}
<p class="hint">By paying you authorise this test merchant to debit your account (a SEPA Direct Debit mandate). Bank debits take a few days to confirm.</p>
<button type="submit">${escapeHtml(input.label)} by bank debit</button>
</fieldset>
</form>`;
}

function checkEmail(form: PageError["form"], email: string): PageError | null {
  if (email === "") return { form, field: "email", message: "Your email address is incomplete." };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return { form, field: "email", message: "Your email address is invalid." };
  }
  return null;
}

function checkCard(values: Record<string, string>, now: Date): PageError | null {
  const number = digitsOnly(values.card_number ?? "");
  if (number.length < 12)
    return { form: "card", field: "card_number", message: "Your card number is incomplete." };
  if (!passesLuhn(number))
    return { form: "card", field: "card_number", message: "Your card number is invalid." };
  const expiry = parseExpiry(values.expiry ?? "");
  if (!expiry)
    return { form: "card", field: "expiry", message: "Your card's expiration date is incomplete." };
  const year = now.getUTCFullYear();
  if (expiry.year < year)
    return {
      form: "card",
      field: "expiry",
      message: "Your card's expiration year is in the past.",
    };
  if (expiry.year === year && expiry.month < now.getUTCMonth() + 1) {
    return {
      form: "card",
      field: "expiry",
      message: "Your card's expiration date is in the past.",
    };
  }
  if (!/^\d{3,4}$/.test((values.cvc ?? "").trim())) {
    return { form: "card", field: "cvc", message: "Your card's security code is incomplete." };
  }
  return null;
}

/** Handles a submitted form: pays, re-renders with the error, or redirects to `success_url`. */
export function submitCheckoutPage(
  core: EmulatorCore,
  session: SessionRecord,
  values: Record<string, string>,
): PageResponse {
  if (session.status !== "open")
    return {
      status: session.status === "expired" ? 410 : 409,
      html: renderCheckoutPage(core, session),
    };
  const form: PageError["form"] = values.method === "sepa_debit" ? "bank" : "card";
  const email = (values.email ?? session.customerEmail ?? "").trim();
  const name = (values.name ?? "").trim() || null;
  const reject = (error: PageError, status = 400): PageResponse => ({
    status,
    html: renderCheckoutPage(core, session, error, values),
  });

  if (form === "bank" && !offersSepaDebit(session.currency)) {
    // Stripe's page does not offer the method; a hand-made form post gets a clear refusal.
    return reject({
      form: "card",
      field: null,
      message: `Bank debit (SEPA) is available for payments in euros only; this payment is in ${session.currency.toUpperCase()}. Pay by card instead.`,
    });
  }
  const emailError = checkEmail(form, email);
  if (emailError) return reject(emailError);

  let decline: PaymentErrorRecord | null = null;
  if (form === "card") {
    const cardError = checkCard(values, new Date(core.now() * 1000));
    if (cardError) return reject(cardError);
    const number = digitsOnly(values.card_number ?? "");
    const expiry = parseExpiry(values.expiry ?? "");
    const known = TEST_CARDS[number];
    const outcome = known?.decline ?? (known ? null : LIVE_CARD_IN_TEST_MODE);
    decline = outcome ? { ...outcome, type: "card_error" } : null;
    const method = createPaymentMethod(core, {
      customerId: null,
      type: "card",
      card: {
        brand: known?.brand ?? "visa",
        last4: number.slice(-4),
        expMonth: expiry?.month ?? 12,
        expYear: expiry?.year ?? 2099,
        funding: known?.funding ?? "credit",
        country: known?.country ?? "US",
      },
      sepaDebit: null,
      delayedOutcome: null,
      billingEmail: email,
      billingName: name,
    });
    const result = completeSession(core, session.id, {
      method,
      decline,
      details: { email, name },
    });
    if (result.declined)
      return reject({ form: "card", field: "card_number", message: result.declined.message }, 402);
  } else {
    if (name === null)
      return reject({
        form: "bank",
        field: "name",
        message: "Your name is required for a bank debit.",
      });
    const iban = (values.iban ?? "").replace(/\s/g, "").toUpperCase();
    if (iban === "")
      return reject({ form: "bank", field: "iban", message: "Your IBAN is incomplete." });
    const known = TEST_IBANS[iban];
    if (!known) {
      return reject({
        form: "bank",
        field: "iban",
        message:
          "Your IBAN is invalid. In test mode use AT611904300234573201 (succeeds) or AT861904300235473202 (fails).",
      });
    }
    const method = createPaymentMethod(core, {
      customerId: null,
      type: "sepa_debit",
      card: null,
      sepaDebit: { last4: iban.slice(-4), bankCode: known.bankCode, country: known.country },
      delayedOutcome: known.outcome,
      billingEmail: email,
      billingName: name,
    });
    completeSession(core, session.id, { method, decline: null, details: { email, name } });
  }
  return {
    status: 303,
    redirectTo: session.successUrl.replaceAll("{CHECKOUT_SESSION_ID}", session.id),
  };
}
