// Every cookie the site sets, on a site whose address is https: prefixed (__Host- or __Secure-),
// Secure, HttpOnly and SameSite=Lax (docs/decisions/014-security-headers.md). A second server on
// the same build, told SITE_URL=https://localhost:PORT and reached over plain http (the Set-Cookie
// headers are read with fetch, which keeps them whatever the scheme).
import { type OtherSiteServer, startOtherSiteServer } from "../support/other-site-server";
import { serverActionId } from "../support/server-action-ids";
import { testEnv } from "../support/test-env";
import { expect, test } from "./fixtures";

const port = testEnv().E2E_PORT + 5;
const SITE_URL = `https://localhost:${port}`;

interface Cookie {
  name: string;
  value: string;
  attributes: Map<string, string>;
}

function parseSetCookie(header: string): Cookie {
  const [pair = "", ...parts] = header.split(";");
  const at = pair.indexOf("=");
  const attributes = new Map<string, string>();
  for (const part of parts) {
    const [key = "", ...rest] = part.trim().split("=");
    attributes.set(key.toLowerCase(), rest.join("="));
  }
  return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1), attributes };
}

function cookiesOf(response: Response): Cookie[] {
  return response.headers.getSetCookie().map(parseSetCookie);
}

function expectLockedDown(cookie: Cookie) {
  const what = `${cookie.name}: ${[...cookie.attributes.keys()].join(", ")}`;
  expect(cookie.name, what).toMatch(/^__(Host|Secure)-/);
  expect(cookie.attributes.has("secure"), what).toBe(true);
  expect(cookie.attributes.has("httponly"), what).toBe(true);
  expect(cookie.attributes.get("samesite")?.toLowerCase(), what).toBe("lax");
  if (cookie.name.startsWith("__Host-")) {
    expect(cookie.attributes.get("path"), what).toBe("/");
    expect(cookie.attributes.has("domain"), what).toBe(false);
  }
}

const cookieHeader = (cookies: readonly Cookie[]) =>
  cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");

test.describe("cookies on an https site", () => {
  test.describe.configure({ mode: "serial" });
  let server: OtherSiteServer;
  let origin = "";
  const output = () => server.output();

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startOtherSiteServer(port, SITE_URL);
    origin = server.url;
  });

  test.afterAll(() => {
    server.stop();
  });

  test("public pages set no cookie at all (no NEXT_LOCALE)", async () => {
    for (const path of ["/", "/pledge", "/donate", "/privacy", "/supporters", "/no-such-page"]) {
      const response = await fetch(`${origin}${path}`, { redirect: "manual" });
      expect(response.status, `${path}\n${output()}`).toBeLessThan(500);
      expect(response.headers.getSetCookie(), path).toEqual([]);
    }
  });

  test("staff sign-in and the staff notice: every cookie prefixed, Secure, HttpOnly, SameSite=Lax", async ({
    createStaff,
  }) => {
    const staff = await createStaff("ADMIN");
    const seen: Cookie[] = [];

    // Auth.js's CSRF cookie.
    const csrf = await fetch(`${origin}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookies = cookiesOf(csrf);
    seen.push(...csrfCookies);
    expect(csrfCookies.map((cookie) => cookie.name)).toContain("__Host-authjs.csrf-token");

    // Signing in: the session (and callback) cookies.
    const signIn = await fetch(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Cookie: cookieHeader(csrfCookies),
      },
      body: new URLSearchParams({
        csrfToken,
        email: staff.email,
        password: staff.password,
        callbackUrl: `${SITE_URL}/admin`,
      }),
    });
    expect(signIn.status, output()).toBeLessThan(400);
    const signInCookies = cookiesOf(signIn);
    seen.push(...signInCookies);
    const session = signInCookies.find((cookie) => cookie.name === "__Secure-authjs.session-token");
    expect(session, signInCookies.map((cookie) => cookie.name).join(", ")).toBeTruthy();

    // A staff action that redirects with a notice (a malformed call is refused with one).
    const action = await fetch(`${origin}/admin/staff`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Next-Action": serverActionId("changeStaffMember"),
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: SITE_URL,
        Cookie: cookieHeader([...csrfCookies, ...signInCookies]),
      },
      body: "[]",
    });
    expect(action.status, output()).toBeLessThan(400);
    const actionCookies = cookiesOf(action);
    seen.push(...actionCookies);
    expect(actionCookies.map((cookie) => cookie.name)).toContain("__Secure-bh_notice");
    const notice = actionCookies.find((cookie) => cookie.name === "__Secure-bh_notice");
    expect(notice?.attributes.get("path")).toBe("/admin");

    // The notice's own route drops it again, with the same flags (or the browser would refuse).
    const forget = await fetch(`${origin}/admin/flash-notice`, {
      method: "DELETE",
      headers: { Cookie: cookieHeader([...signInCookies, ...actionCookies]) },
    });
    expect(forget.status).toBe(204);
    seen.push(...cookiesOf(forget));

    expect(seen.length).toBeGreaterThanOrEqual(4);
    for (const cookie of seen) expectLockedDown(cookie);
  });

  test("pages carry the same policy, with upgrade-insecure-requests", async () => {
    const response = await fetch(`${origin}/pledge`);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("upgrade-insecure-requests");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
