import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/http/body-limits";
import { isDecodablePath } from "./lib/http/decodable-path";
import { payloadTooLarge, readCappedBytes } from "./lib/http/read-capped-body";
import { isSameOriginPost } from "./lib/http/same-origin-post";
import { isWellFormedActionBody } from "./lib/http/well-formed-action-body";

// Locale routing, and two checks on the request itself before any page or action sees it. It
// guards nothing; admin pages and API routes check access themselves (API routes are not matched
// here at all, admin pages only for the body check).
const handleLocaleRouting = createMiddleware(routing);

function isAdminPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

export default async function proxy(request: NextRequest) {
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
  if (isAdminPath(request.nextUrl.pathname)) return NextResponse.next();
  return handleLocaleRouting(request);
}

export const config = {
  matcher: [
    // Everything except `/api/...`, `/admin/...`, Next internals, the generated Open Graph image
    // and any path with a dot (files such as /icon.svg, /robots.txt, /sitemap.xml).
    "/((?!(?:api|admin|opengraph-image)(?:/|$)|_next|_vercel|.*\\..*).*)",
    // Admin pages only when a body comes with the request (a form post), for the body cap.
    { source: "/admin/:path*", has: [{ type: "header", key: "content-type" }] },
    { source: "/admin", has: [{ type: "header", key: "content-type" }] },
  ],
};
