// Where the staff area sends people back to: the one check every return path goes through.
export const SIGN_IN_PATH = "/admin/sign-in";
export const STAFF_HOME = "/admin";

// Resolves paths without ever looking at this site's real address; an absolute or protocol-
// relative input ends up on another origin and is refused.
const PROBE_ORIGIN = "http://return-path.invalid";

/**
 * A same-site path under `prefix` to send someone back to, normalised the way a browser would
 * read it; anything else becomes `fallback`. `/admin/..//evil.example` normalises to
 * `//evil.example` (another host), so it is judged after normalising, never before.
 */
export function safeReturnPath(
  path: string | null | undefined,
  prefix = STAFF_HOME,
  fallback = prefix,
): string {
  // Browsers drop tabs and newlines and read "\" as "/" in URLs: refuse such input outright.
  if (!path?.startsWith("/") || /[\\\s\p{Cc}]/u.test(path)) return fallback;
  let url: URL;
  try {
    url = new URL(path, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const within = url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
  // A path that decodes to another "//host" or "/\host" is never handed on, even under a prefix.
  if (!within || /^\/[/\\]/.test(url.pathname)) return fallback;
  // Coming back to the sign-in page after signing in would loop.
  if (url.pathname === SIGN_IN_PATH || url.pathname.startsWith(`${SIGN_IN_PATH}/`)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function signInUrl(returnTo?: string): string {
  const target = safeReturnPath(returnTo);
  return target === STAFF_HOME
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(target)}`;
}

/** The `returnTo` field a staff form posts, checked like any return path. */
export function formReturnPath(form: FormData | null, prefix: string): string {
  const returnTo = form?.get("returnTo");
  return safeReturnPath(typeof returnTo === "string" ? returnTo : undefined, prefix);
}
