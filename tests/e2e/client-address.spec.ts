// The per-address limits (pledges, checkout sessions, staff sign-in) against a real production
// server, attacked the way issue 9 found them broken: every request carries a different forged
// X-Forwarded-For, X-Real-IP, Forwarded or socket-address header, or all of them. With no trusted
// proxy the socket decides; behind one trusted proxy (this test plays the proxy, appending the
// attacker's real address as a proxy does) that hop decides. Loopback only, a few dozen requests.
import { expect, test } from "@playwright/test";
import { SOCKET_ADDRESS_HEADER } from "../../lib/security/socket-address-header";
import { type ExtraAppServer, startExtraAppServer } from "../support/extra-app-server";
import { type LoopbackResponse, loopbackRequest } from "../support/loopback-request";
import { postPledge } from "../support/pledge-request";
import { postStaffSignIn } from "../support/staff-sign-in-request";
import { testEnv } from "../support/test-env";

const PLEDGE_BURST = 4;
const CHECKOUTS_PER_ADDRESS = 3;
// lib/auth/sign-in-limits.ts: attempts one address may make across all emails.
const SIGN_INS_PER_ADDRESS = 30;

type Headers = Record<string, string>;
const forged = (index: number) => `203.0.113.${(index % 250) + 1}`;

/** Each way a client could try to pass for someone else; `index` makes every request differ. */
const FORGERIES: Record<string, (index: number) => Headers> = {
  "a rotating X-Forwarded-For": (index) => ({ "x-forwarded-for": forged(index) }),
  "a rotating X-Real-IP beside an empty X-Forwarded-For": (index) => ({
    "x-forwarded-for": "",
    "x-real-ip": forged(index),
  }),
  "a rotating Forwarded": (index) => ({ forwarded: `for=${forged(index)};proto=https` }),
  "a forged socket-address header": (index) => ({ [SOCKET_ADDRESS_HEADER]: forged(index) }),
  "all of them, with a chain in X-Forwarded-For": (index) => ({
    "x-forwarded-for": `${forged(index)}, ${forged(index + 1)}`,
    "x-real-ip": forged(index + 2),
    forwarded: `for=${forged(index + 3)}`,
    [SOCKET_ADDRESS_HEADER]: forged(index + 4),
    "true-client-ip": forged(index + 5),
    "cf-connecting-ip": forged(index + 6),
  }),
};

/** `count` requests' headers, cycling through every forgery. */
function forgedHeaders(count: number): Headers[] {
  const makers = Object.values(FORGERIES);
  return Array.from({ length: count }, (_, index) =>
    (makers[index % makers.length] ?? (() => ({})))(index),
  );
}

interface Setting {
  name: string;
  trustedProxies: number;
  portOffset: number;
  /** What the client's request looks like when it reaches the app from the address `real`. */
  arrive(headers: Headers, real: string): { headers: Headers; from: string };
}

const SETTINGS: Setting[] = [
  {
    name: "no trusted proxy",
    trustedProxies: 0,
    portOffset: 1,
    // Clients connect directly: the loopback source address is their address.
    arrive: (headers, real) => ({ headers, from: real }),
  },
  {
    name: "one trusted proxy",
    trustedProxies: 1,
    portOffset: 2,
    // Clients connect to the proxy (this test), which appends their address to X-Forwarded-For.
    arrive: (headers, real) => {
      const sent = headers["x-forwarded-for"];
      return {
        headers: { ...headers, "x-forwarded-for": sent ? `${sent}, ${real}` : real },
        from: "127.0.0.1",
      };
    },
  },
];

const ATTACKER = "127.0.0.2";
const SOMEONE_ELSE = "127.0.0.3";

function decodeEntities(value: string): string {
  return value
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/** The hidden fields of the donate form, as a browser without JavaScript would post them. */
function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    const [, name, value] = match;
    if (name) fields[name] = decodeEntities(value ?? "");
  }
  return fields;
}

for (const setting of SETTINGS) {
  test.describe(`with ${setting.name}`, () => {
    test.describe.configure({ mode: "serial" });
    let app: ExtraAppServer;

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      const port = testEnv().E2E_PORT + setting.portOffset;
      app = await startExtraAppServer(port, {
        TRUSTED_PROXY_COUNT: String(setting.trustedProxies),
        PLEDGE_RATE_LIMIT_BURST: String(PLEDGE_BURST),
        // Nothing grows back while the flood runs (the allowance is a token bucket, decision 013).
        PLEDGE_RATE_LIMIT_PER_HOUR: "1",
        PLEDGE_MIN_SUBMIT_SECONDS: "0",
        DONATION_RATE_LIMIT_PER_IP: String(CHECKOUTS_PER_ADDRESS),
        STRIPE_EMULATOR: "true",
        STRIPE_EMULATOR_PORT: String(testEnv().E2E_PORT + 9031 + setting.portOffset),
      });
    });

    test.afterAll(async () => {
      await app?.stop();
    });

    async function send(
      path: string,
      headers: Headers,
      real: string,
      options: { method?: string; body?: string } = {},
    ): Promise<LoopbackResponse> {
      const arrival = setting.arrive(headers, real);
      return loopbackRequest(`${app.baseUrl}${path}`, {
        ...options,
        headers: arrival.headers,
        from: arrival.from,
      });
    }

    async function pledge(headers: Headers, real: string): Promise<number> {
      return postPledge(app.baseUrl, `flood-${Math.random().toString(36).slice(2)}@example.org`, {
        token: setting.arrive({}, real),
        post: setting.arrive(headers, real),
      });
    }

    test("the pledge limit holds whatever address headers a client forges", async () => {
      const statuses: number[] = [];
      for (const headers of forgedHeaders(PLEDGE_BURST + 10)) {
        statuses.push(await pledge(headers, ATTACKER));
      }
      expect(statuses).toEqual([...Array(PLEDGE_BURST).fill(201), ...Array(10).fill(429)]);
      // The limit is the attacker's, not everyone's.
      expect(await pledge({}, SOMEONE_ELSE)).toBe(201);
    });

    async function startCheckout(headers: Headers, real: string): Promise<"checkout" | "limited"> {
      const page = await send("/en/donate", {}, real);
      const form = new FormData();
      for (const [name, value] of Object.entries(hiddenFields(page.body))) form.set(name, value);
      form.set("currency", "usd");
      form.set("frequency", "once");
      form.set("preset", "usd:2500");
      form.set("visibility", "anonymous");
      const encoded = new Response(form);
      const contentType = encoded.headers.get("content-type") ?? "";
      const response = await send("/en/donate", { ...headers, "content-type": contentType }, real, {
        method: "POST",
        body: await encoded.text(),
      });
      if (response.status === 303) return "checkout";
      expect(response.status).toBe(200);
      expect(response.body).toContain("Too many attempts from your connection");
      return "limited";
    }

    test("the checkout-session limit holds whatever address headers a client forges", async () => {
      const outcomes: string[] = [];
      for (const headers of forgedHeaders(CHECKOUTS_PER_ADDRESS + 5)) {
        outcomes.push(await startCheckout(headers, ATTACKER));
      }
      expect(outcomes).toEqual([
        ...Array(CHECKOUTS_PER_ADDRESS).fill("checkout"),
        ...Array(5).fill("limited"),
      ]);
      expect(await startCheckout({}, SOMEONE_ELSE)).toBe("checkout");
    });

    async function signIn(headers: Headers, real: string, email: string): Promise<string> {
      const arrival = setting.arrive(headers, real);
      const outcome = await postStaffSignIn(
        app.baseUrl,
        { email, password: "a guess" },
        // The server serves the build's SITE_URL (the shared server's port): Auth.js answers
        // only requests naming that host (decision 013), as a proxy keeping the Host would send.
        { from: arrival.from, headers: arrival.headers, host: `localhost:${testEnv().E2E_PORT}` },
      );
      return outcome.code;
    }

    test("the staff sign-in limit per address holds whatever address headers a client forges", async () => {
      const codes: string[] = [];
      const attempts = forgedHeaders(SIGN_INS_PER_ADDRESS + 5);
      for (const [index, headers] of attempts.entries()) {
        codes.push(await signIn(headers, ATTACKER, `guess-${index}@example.org`));
      }
      expect(codes.slice(0, SIGN_INS_PER_ADDRESS)).toEqual(
        Array(SIGN_INS_PER_ADDRESS).fill("invalid"),
      );
      for (const code of codes.slice(SIGN_INS_PER_ADDRESS)) {
        expect(code).toMatch(/^rateLimited\.\d+$/);
      }
      expect(await signIn({}, SOMEONE_ELSE, "someone@example.org")).toBe("invalid");
    });
  });
}
