import "server-only";
// Whether a request came in under this site's own address. Auth.js builds the links it hands out
// (the sign-in email, OAuth callbacks, redirects) from the host a request names, X-Forwarded-Host
// before Host, and both are written by the client unless a proxy overwrites them: a request for
// "evil.example" would get a sign-in link to evil.example mailed to a staff member. So Auth.js
// trusts the host only when it is SITE_URL's (docs/decisions/013-sign-in-limits-and-sessions.md).
import { env } from "@/lib/env";

// A host and an optional port, nothing else: no user info, path or list to smuggle another in.
const HOST_SHAPE = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** The host a request names, as Auth.js reads it: X-Forwarded-Host, else Host. */
export function claimedHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host") ?? headers.get("host");
}

/** True when the request names SITE_URL's host (and port), however it is spelled. */
export function isSiteHost(headers: Headers, siteUrl: string = env.SITE_URL): boolean {
  const claimed = claimedHost(headers)?.trim();
  if (!claimed || !HOST_SHAPE.test(claimed)) return false;
  const site = new URL(siteUrl);
  try {
    return new URL(`${site.protocol}//${claimed}`).host === site.host;
  } catch {
    return false;
  }
}

/** What a request for another host is told (400: it is the request that is wrong). */
export function wrongHostResponse(): Response {
  return Response.json(
    { error: `This site is served at ${env.SITE_URL}: sign in there.` },
    { status: 400 },
  );
}
