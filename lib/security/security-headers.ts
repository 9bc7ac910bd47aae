// The security headers every response carries (docs/decisions/014-security-headers.md). Pure
// functions of the settings, no `server-only`: next.config.ts sets the fixed ones on every route at
// build, and proxy.ts sends the page policy, with a fresh nonce, on every page it answers.

/** Where Stripe Checkout lives: the donate form's plain-HTML post is redirected there. */
export const STRIPE_CHECKOUT_ORIGIN = "https://checkout.stripe.com";

export interface HeaderEntry {
  key: string;
  value: string;
}

/** True when the site's public address is https (every real deployment). */
export function isHttpsSite(siteUrl: string): boolean {
  return new URL(siteUrl).protocol === "https:";
}

/** The headers that never change between requests: set on every route by next.config.ts. */
export function fixedSecurityHeaders(siteUrl: string): HeaderEntry[] {
  const headers: HeaderEntry[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The site uses none of these; denying them keeps an injected frame or script from asking.
    // `payment` is the Payment Request API: donors pay on Stripe's own page, not ours.
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
  ];
  if (isHttpsSite(siteUrl)) {
    headers.push({
      key: "Strict-Transport-Security",
      value: "max-age=31536000; includeSubDomains",
    });
  }
  return headers;
}

export interface PolicyOptions {
  /** Origins a form may be sent (or redirected) to besides our own: Stripe Checkout, the emulator. */
  formOrigins: readonly string[];
  /** A fresh per-request nonce, for pages rendered per request. */
  nonce?: string;
  https: boolean;
  /** `next dev` only: React's dev build evaluates code and hot reloading uses a websocket. */
  development?: boolean;
}

/**
 * The Content-Security-Policy. Scripts run only from this origin, or inline with this request's
 * nonce (a cached page's own scripts' hashes are added as it is sent: inline-script-hashes.mjs):
 * never 'unsafe-inline' or 'unsafe-eval' outside development.
 */
export function contentSecurityPolicy(options: PolicyOptions): string {
  const { nonce, development = false } = options;
  const scriptSources = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Styles are our own stylesheet files; the dev overlay injects style elements.
    `style-src 'self'${development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${["'self'", ...options.formOrigins].join(" ")}`,
    // Nothing may frame the site (an embeddable counter, if one comes, gets a rule of its own).
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Stripe Checkout, and the offline emulator's hosted page when the app talks to it. */
export function checkoutFormOrigins(stripe: {
  emulator: boolean;
  protocol: string;
  host: string;
  port?: number;
}): string[] {
  const origins = [STRIPE_CHECKOUT_ORIGIN];
  if (stripe.emulator && stripe.port !== undefined) {
    origins.push(`${stripe.protocol}://${stripe.host}:${stripe.port}`);
  }
  return origins;
}

/** A 128-bit random nonce, base64 (Web Crypto: the proxy may run in any runtime). */
export function freshNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
