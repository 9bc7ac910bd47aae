import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { env } from "./lib/env";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/http/body-limits";
import { isDecodablePath } from "./lib/http/decodable-path";
import { payloadTooLarge, readCappedBytes } from "./lib/http/read-capped-body";
import { isSameOriginPost } from "./lib/http/same-origin-post";
import { isWellFormedActionBody } from "./lib/http/well-formed-action-body";
import {
  checkoutFormOrigins,
  contentSecurityPolicy,
  freshNonce,
  isHttpsSite,
} from "./lib/security/security-headers";

// Locale routing, the page's Content-Security-Policy, and two checks on the request itself before
// any page or action sees it. It guards nothing; admin pages and API routes check access themselves
// (API routes and build assets are not matched here: next.config.ts gives them their headers).
const handleLocaleRouting = createMiddleware(routing);

function isAdminPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

/** A file name (robots.txt, icon.svg): no locale routing for it. */
function isFilePath(pathname: string): boolean {
  return /\.[^/]*$/.test(pathname);
}

const formOrigins = checkoutFormOrigins({
  emulator: env.STRIPE_EMULATOR,
  protocol: env.STRIPE_API_PROTOCOL,
  host: env.STRIPE_API_HOST,
  port: env.STRIPE_API_PORT,
});

/**
 * One policy for every page: a fresh nonce, which Next.js puts on the scripts of a page it renders
 * for this request. A page sent from the cache instead gets its own scripts' hashes added by the
 * web server as it goes out (scripts/serve-next.mjs; docs/decisions/014 and 034).
 */
function pagePolicy(nonce: string): string {
  return contentSecurityPolicy({
    nonce,
    formOrigins,
    https: isHttpsSite(env.SITE_URL),
    development: env.NODE_ENV === "development",
  });
}

export default async function proxy(request: NextRequest) {
  const nonce = freshNonce();
  const policy = pagePolicy(nonce);
  // Next.js reads the nonce from the request's policy when it renders the page.
  request.headers.set("Content-Security-Policy", policy);
  const response = await answer(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

async function answer(request: NextRequest): Promise<Response> {
  // next-intl decodes the path with decodeURI, which throws on a malformed escape such as `/%zz`
  // (a 500). Such an address names no page: say so with a 400 before it gets there.
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new Response("Bad request: the address has a malformed %-escape.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // A POST to a page is a server action (with or without JavaScript). Next answers a cross-site
  // one, one over serverActions.bodySizeLimit and one it cannot decode with a 500; these answer
  // 403, 413 and 400. The proxy reads its own copy of the body; the action gets the original.
  if (request.method === "POST") {
    if (!isSameOriginPost(request.headers)) {
      return new Response("Forbidden: this form can only be sent from this site.", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    const body = await readCappedBytes(request, SERVER_ACTION_BODY_LIMIT_BYTES);
    if (!body.ok) return payloadTooLarge("This form submission is larger than any of our forms.");
    if (!(await isWellFormedActionBody(body.bytes, request.headers))) {
      return new Response("Bad request: this is not a form submission we can read.", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
  }
  const { pathname } = request.nextUrl;
  if (isAdminPath(pathname) || isFilePath(pathname)) {
    return NextResponse.next({ request: { headers: request.headers } });
  }
  return withLanguageRedirectHeaders(handleLocaleRouting(request));
}

/**
 * An address without a language (`/`, `/privacy`) is redirected to the visitor's language, chosen
 * from Accept-Language on every request (no cookie). The answer differs by that header and is not
 * worth keeping: caches are told both, so one visitor's language is never served to another.
 */
function withLanguageRedirectHeaders(response: NextResponse): NextResponse {
  if (response.status >= 300 && response.status < 400) {
    response.headers.append("Vary", "Accept-Language");
    response.headers.set("Cache-Control", "no-store");
  }
  return response;
}

export const config = {
  matcher: [
    // Every page, the admin area and files such as /robots.txt (and a 404 for any other address),
    // except `/api/...` and Next's build assets, which next.config.ts gives a fixed policy.
    "/((?!api(?:/|$)|_next/|_vercel).*)",
  ],
};
