/**
 * Whether a form post may be handed to a server action: the same check Next makes against
 * cross-site request forgery (an Origin header, when there is one, must name this host, as the Host
 * or the first X-Forwarded-Host says it), made early, because Next answers a failed check with a
 * 500 and an Origin that is not a URL with an uncaught error.
 */
export function isSameOriginPost(headers: Headers): boolean {
  const origin = headers.get("origin");
  // A hand-made request, or a browser that sends none: Next lets these through too (they carry no
  // cookies the sender did not choose to share).
  if (origin === null || origin === "null") return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return originHost === forwardedHost || originHost === headers.get("host");
}
