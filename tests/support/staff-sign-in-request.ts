// A staff password sign-in as a form post to Auth.js (what the sign-in page's action does), from a
// chosen loopback address: for the browser-suite tests of sign-in limits and sessions.
import { cookiesOf, type LoopbackResponse, loopbackRequest } from "./loopback-request";

export interface StaffSignInOutcome {
  /** Auth.js's refusal code ("invalid", "rateLimited.<seconds>"), "ok", or "http_<status>". */
  code: string;
  /** The cookies the answer set (the session cookie after a success). */
  cookies: string;
  response: LoopbackResponse;
}

export async function postStaffSignIn(
  baseUrl: string,
  credentials: { email: string; password: string },
  options: {
    from: string;
    headers?: Record<string, string>;
    /** The Host both requests name, when it is not baseUrl's (SITE_URL's host, for Auth.js). */
    host?: string;
  },
): Promise<StaffSignInOutcome> {
  const send = (
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) =>
    loopbackRequest(`${baseUrl}${path}`, {
      ...init,
      headers: { ...(options.host ? { host: options.host } : {}), ...init.headers },
      from: options.from,
    });
  const csrf = await send("/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const response = await send("/api/auth/callback/credentials", {
    method: "POST",
    headers: {
      ...options.headers,
      cookie: cookiesOf(csrf),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ ...credentials, csrfToken }).toString(),
  });
  const location = new URL(String(response.headers.location ?? ""), baseUrl);
  const refused = location.searchParams.get("code");
  const redirected = response.status >= 300 && response.status < 400;
  return {
    code: !redirected
      ? `http_${response.status}`
      : (refused ?? (location.pathname.startsWith("/admin/sign-in") ? location.href : "ok")),
    cookies: cookiesOf(response),
    response,
  };
}
