import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale routing only: picks the language and rewrites `/privacy` to `/en/privacy`. It guards
// nothing; admin pages and API routes check access themselves and are not matched here at all.
export default createMiddleware(routing);

export const config = {
  // Everything except `/api/...`, `/admin/...`, Next internals, the generated Open Graph image and
  // any path with a dot (files such as /icon.svg, /robots.txt, /sitemap.xml).
  matcher: "/((?!(?:api|admin|opengraph-image)(?:/|$)|_next|_vercel|.*\\..*).*)",
};
