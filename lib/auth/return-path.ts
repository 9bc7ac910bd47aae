// Where the staff area sends signed-out people: sign-in, with the page to come back to.
export const SIGN_IN_PATH = "/admin/sign-in";

/** A relative admin path to come back to after signing in; anything else is dropped. */
export function safeReturnPath(path: string | null | undefined): string {
  // Only paths inside the staff area; no scheme, host, "//" or backslash tricks.
  if (!path || !/^\/admin(?:[/?#]|$)/.test(path) || /[\\\s]/.test(path)) return "/admin";
  if (path.startsWith(SIGN_IN_PATH)) return "/admin";
  return path;
}

export function signInUrl(returnTo?: string): string {
  const target = safeReturnPath(returnTo);
  return target === "/admin"
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(target)}`;
}
