// The security headers on every kind of route, and every page loaded in Chromium under its
// Content-Security-Policy with no violation (docs/decisions/014-security-headers.md).
import type { APIResponse, Page } from "@playwright/test";
import { ADMIN_PAGES } from "../../lib/admin/admin-routes";
import { PUBLIC_PATHS } from "../support/public-paths";
import { expect, test } from "./fixtures";

/** The page's policy, parsed: directive name -> its sources. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name, sources);
  }
  return parsed;
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headersArray();
  const named = (name: string) =>
    headers.filter((header) => header.name.toLowerCase() === name).map((header) => header.value);
  const policies = named("content-security-policy");
  expect(policies, `${what}: one Content-Security-Policy`).toHaveLength(1);
  const policy = directives(policies[0] ?? "");
  const scripts = policy.get("script-src") ?? [];
  expect(scripts, what).toContain("'self'");
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  expect(policy.get("default-src"), what).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("object-src"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'self'"]);
  expect(policy.get("form-action")?.slice(0, 2), what).toEqual([
    "'self'",
    "https://checkout.stripe.com",
  ]);
  expect(named("x-content-type-options"), what).toEqual(["nosniff"]);
  expect(named("referrer-policy"), what).toEqual(["strict-origin-when-cross-origin"]);
  const permissions = named("permissions-policy")[0] ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment"]) {
    expect(permissions, `${what}: ${feature} denied`).toContain(`${feature}=()`);
  }
  // This server's SITE_URL is http://localhost: no HSTS (an https one sends it, see
  // tests/e2e/secure-cookies.spec.ts and the unit tests).
  expect(named("strict-transport-security"), what).toEqual([]);
  return policy;
}

test.describe("every kind of route carries the security headers", () => {
  test("a cached page, built ahead or rendered into the cache, with the hashes of its inline scripts", async ({
    request,
  }) => {
    const { createHash } = await import("node:crypto");
    // The information pages are built ahead; the others are rendered on their first request and
    // kept for 5 seconds (docs/decisions/034-static-shell.md).
    for (const path of ["/privacy", "/", "/pledge", "/donate", "/supporters"]) {
      await request.get(path);
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const policy = expectSecurityHeaders(response, `cached page ${path}`);
      // Served from the cache, not rendered for this request.
      expect(response.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
      const html = await response.text();
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
      expect(inline.length, path).toBeGreaterThan(0);
      for (const [, body] of inline) {
        const hash = `'sha256-${createHash("sha256")
          .update(body ?? "")
          .digest("base64")}'`;
        expect(policy.get("script-src"), path).toContain(hash);
      }
    }
  });

  test("a page rendered per request, with a fresh nonce on its scripts", async ({ request }) => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      // Older pages of the wall are rendered for each request (their cursors are in the address).
      const response = await request.get("/supporters/older?cursor=none");
      expect(response.status()).toBe(200);
      const policy = expectSecurityHeaders(response, "dynamic page");
      const nonce = policy.get("script-src")?.find((source) => source.startsWith("'nonce-"));
      expect(nonce).toBeTruthy();
      const value = nonce?.slice("'nonce-".length, -1) ?? "";
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${value}"`);
      nonces.push(value);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("an API route, an admin page, a 404 and static files", async ({ request }) => {
    expectSecurityHeaders(await request.get("/api/stats"), "API route");
    expectSecurityHeaders(await request.get("/api/health"), "API route");
    expectSecurityHeaders(await request.get("/admin/sign-in"), "admin page");
    expectSecurityHeaders(await request.get("/admin", { maxRedirects: 0 }), "admin redirect");
    const missing = await request.get("/no-such-page");
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing, "404 page");
    expectSecurityHeaders(await request.get("/api/no-such-route"), "404 under /api");
    expectSecurityHeaders(await request.get("/%zz"), "malformed address (400)");
    expectSecurityHeaders(await request.get("/robots.txt"), "robots.txt");
    expectSecurityHeaders(await request.get("/icon.svg"), "icon");
    const html = await (await request.get("/privacy")).text();
    const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(chunk).toBeTruthy();
    const asset = await request.get(chunk ?? "");
    expect(asset.status()).toBe(200);
    expectSecurityHeaders(asset, "build asset under /_next/static");
  });
});

/**
 * Records every CSP violation the page reports: on the console, and (when scripts run) as
 * `securitypolicyviolation` events.
 */
async function watchViolations(page: Page, { events = true } = {}): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) {
      violations.push(`console: ${message.text()}`);
    }
  });
  if (!events) return violations;
  await page.exposeFunction("__reportCspViolation", (text: string) => {
    violations.push(`event: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void })
        .__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.href}`,
      );
    });
  });
  return violations;
}

/** Loads a page, and checks its scripts ran (React hydrated) and nothing was blocked. */
async function visitUnderPolicy(page: Page, path: string, violations: string[]) {
  const response = await page.goto(path);
  expect(response?.headers()["content-security-policy"], path).toBeTruthy();
  await page.waitForLoadState("load");
  // Next.js sets window.next once its client runtime has started: the scripts were allowed.
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next), { message: path })
    .toBe("object");
  expect(violations, path).toEqual([]);
}

test.describe("pages under the policy, in Chromium", () => {
  test("every public page loads and runs its scripts with no CSP violation", async ({ page }) => {
    test.setTimeout(180_000);
    const violations = await watchViolations(page);
    for (const path of PUBLIC_PATHS) await visitUnderPolicy(page, path, violations);
  });

  test("moving from a prerendered page to one rendered per request stays within the policy", async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await visitUnderPolicy(page, "/en/privacy", violations);
    await page.locator("header").getByRole("link", { name: "Blue Heart, home page" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto("/en/pledge");
    await page
      .getByRole("link", { name: /donate/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/donate/);
    await expect(page.getByRole("button", { name: /^Donate/ }).first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("every admin page, signed in as an admin, with no CSP violation", async ({ signInAs }) => {
    test.setTimeout(180_000);
    const { page } = await signInAs("ADMIN");
    const violations = await watchViolations(page);
    for (const adminPage of ADMIN_PAGES) await visitUnderPolicy(page, adminPage.path, violations);
  });

  test("the donate form without JavaScript is sent on to the checkout page (form-action)", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const violations = await watchViolations(page, { events: false });
    await page.goto("/donate");
    await page.getByRole("radio", { name: "$25", exact: true }).check();
    await page.getByRole("button", { name: "Donate $25" }).click();
    await expect(page).toHaveURL(/\/checkout\/cs_/);
    expect(violations).toEqual([]);
    await context.close();
  });
});
