import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  inlineScriptHashes,
  policyWithScriptHashes,
} from "@/lib/security/inline-script-hashes.mjs";
import {
  checkoutFormOrigins,
  contentSecurityPolicy,
  fixedSecurityHeaders,
  freshNonce,
} from "@/lib/security/security-headers";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("the fixed security headers", () => {
  it("send HSTS only when the site's address is https", () => {
    const https = fixedSecurityHeaders("https://blueheart.example.org");
    expect(https).toContainEqual({
      key: "Strict-Transport-Security",
      value: "max-age=31536000; includeSubDomains",
    });
    const http = fixedSecurityHeaders("http://localhost:3000");
    expect(http.map((header) => header.key)).not.toContain("Strict-Transport-Security");
    for (const headers of [https, http]) {
      expect(headers).toContainEqual({ key: "X-Content-Type-Options", value: "nosniff" });
      expect(headers).toContainEqual({
        key: "Referrer-Policy",
        value: "strict-origin-when-cross-origin",
      });
    }
  });
});

describe("the Content-Security-Policy", () => {
  const formOrigins = checkoutFormOrigins({ emulator: false, protocol: "http", host: "localhost" });

  it("lets scripts run from this origin, by nonce or by hash, never inline or by eval", () => {
    const policy = policyWithScriptHashes(
      contentSecurityPolicy({ nonce: "abc", formOrigins, https: true }),
      ["sha256-xyz"],
    );
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'sha256-xyz';");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self' https://checkout.stripe.com;");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("allows the emulator's checkout page as a form target only when the app uses it", () => {
    expect(
      checkoutFormOrigins({ emulator: true, protocol: "http", host: "localhost", port: 12111 }),
    ).toEqual(["https://checkout.stripe.com", "http://localhost:12111"]);
    expect(formOrigins).toEqual(["https://checkout.stripe.com"]);
  });

  it("relaxes eval and inline styles for `next dev` only", () => {
    const development = contentSecurityPolicy({ formOrigins, https: false, development: true });
    expect(development).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ formOrigins, https: false })).not.toContain("'unsafe-eval'");
  });

  it("gets a different 128-bit nonce each time", () => {
    const nonce = freshNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(freshNonce()).not.toBe(nonce);
  });
});

describe("the hashes of a cached page's inline scripts", () => {
  it("hash each inline script's text as sent, once, nonce or not, and skip files and data blocks", () => {
    const first = "(self.__next_f=self.__next_f||[]).push([0])";
    const second = 'self.__next_f.push([1,"a \\u003c b"])';
    // Rendered into the cache for one request, with that request's nonce.
    const third = "self.__next_f.push([2])";
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      `<script>${first}</script>`,
      '<script type="application/ld+json">{"@type":"Organization"}</script>',
      `<script id="_R_">${second}</script>`,
      `<script nonce="abc">${third}</script>`,
      `<script>${first}</script>`,
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha256(first), sha256(second), sha256(third)]);
  });

  it("are added to the policy's script-src and nowhere else", () => {
    const formOrigins = checkoutFormOrigins({
      emulator: false,
      protocol: "http",
      host: "localhost",
    });
    const policy = contentSecurityPolicy({ nonce: "bm9uY2U=", formOrigins, https: false });
    const withHashes = policyWithScriptHashes(policy, ["sha256-abc", "sha256-def"]);
    expect(withHashes).toContain("script-src 'self' 'nonce-bm9uY2U=' 'sha256-abc' 'sha256-def';");
    expect(withHashes.replace(" 'sha256-abc' 'sha256-def'", "")).toBe(policy);
    expect(policyWithScriptHashes(policy, [])).toBe(policy);
  });
});
