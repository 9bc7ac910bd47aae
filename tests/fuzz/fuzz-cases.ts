// The fuzz suite's cases (tests/fuzz/fuzz.spec.ts): one fast-check arbitrary per public input, all
// mixed into one. A case that could legitimately write a row says so (`validEmail`); every other
// case is invalid by construction (a missing consent, a form token that is not one, an unknown
// currency, an object Stripe does not have, ...), so any row it leaves is a bug.
import fc from "fast-check";
import { HANDLED_EVENT_TYPES } from "../../lib/donations/handled-event-types";

export type FuzzBody =
  | { kind: "raw"; text: string; contentType?: string }
  /** A server action call as React encodes it: [previous state, FormData of these fields]. */
  | { kind: "action"; fields: Array<[string, string]> }
  /** A form posted without JavaScript (fields sent as they are). */
  | { kind: "form"; fields: Array<[string, string]>; multipart: boolean }
  /** A webhook payload, signed with the server's secret when it is sent. */
  | { kind: "signed"; payload: string; signature: "valid" | "garbage" };

export interface FuzzCase {
  target: string;
  method: "GET" | "POST";
  /** Already percent-encoded where it should be; malformed escapes are deliberate. */
  path: string;
  headers: Record<string, string>;
  body?: FuzzBody;
  /** Server action name (looked up in the build's manifest when sent). */
  action?: string;
  /** For a pledge that may legitimately be recorded: its email. */
  validEmail?: string;
}

export interface FuzzContext {
  formToken: string;
  /** Marks this run's emails, so its rows can be told apart. */
  run: string;
  origin: string;
}

const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202eevil",
  "\u2066x\u2069",
  "\u0085",
  "\r\n",
  "\ud800",
  "\udfff\ud800",
  "%",
  "%zz",
  "%00",
  "%E0%A4%A",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  '\'; DROP TABLE "Pledge"; --',
  "$K1",
  "$@0",
  "$",
  "null",
  "[]",
  "{}",
  "-1",
  "1e309",
  "NaN",
  "0x10",
  "٣",
  "👩‍👩‍👧",
  "x".repeat(300),
  "y".repeat(5000),
];

const nasty = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 120 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 90 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 400 }) },
);

/** encodeURIComponent, for text that may hold lone surrogates (which it refuses). */
function encodeText(value: string): string {
  return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "?"));
}

/** Text that may go into a URL: either safely encoded, or with raw (maybe malformed) escapes. */
const urlText = fc.oneof(
  nasty.map(encodeText),
  fc.constantFrom("%", "%zz", "%E0%A4%A", "%C0%AF", "%00", "%2F", "%25", "%ff%fe", "a%2"),
);

const COUNTRIES = ["FR", "KE", "BR", "IN", "US", "JP", "NG", "fr", " de "];
const PAGES = [
  "",
  "/pledge",
  "/pledge/thank-you",
  "/donate",
  "/donate/success",
  "/supporters",
  "/privacy",
  "/blue-heart-campaign",
  "/what-is-human-trafficking",
  "/where-donations-go",
];
const LOCALES = [
  "",
  "/en",
  "/EN",
  "/fr",
  "/ar",
  "/zh",
  "/en-US",
  "/xx",
  "/de-CH",
  "/zh-Hant-TW",
  "/_next",
];

const checkbox = fc.constantFrom("on", "true", "false", "off", "", "1", "yes");

function pledgeFields(context: FuzzContext, index: string, poisoned: boolean) {
  const email = fc
    .tuple(
      fc.constantFrom("", "+tag", "+x+y", ".dot"),
      fc.constantFrom("example.org", "EXAMPLE.org", "example.com"),
      fc.boolean(),
    )
    .map(([suffix, domain, upper]) => {
      const email = `fz${context.run}.${index}${suffix}@${domain}`;
      return upper ? email.toUpperCase() : email;
    });
  return fc.record(
    {
      displayName: fc.oneof(fc.constantFrom("Ada", "Zoë", "李小龍", "Ngũgĩ"), nasty),
      email: poisoned ? fc.oneof(email, nasty) : email,
      country: poisoned
        ? fc.oneof(fc.constantFrom(...COUNTRIES, "Q1", "ZZZ"), nasty)
        : fc.constantFrom(...COUNTRIES),
      message: fc.option(nasty, { nil: undefined }),
      showOnWall: checkbox,
      consent: checkbox,
      website: fc.option(fc.constantFrom("", "http://spam.example"), { nil: undefined }),
      locale: fc.option(fc.oneof(fc.constantFrom("en", "fr", "EN"), nasty), { nil: undefined }),
      formToken: fc.constant(context.formToken),
    },
    { requiredKeys: ["displayName", "email", "country", "consent", "formToken"] },
  );
}

// What makes a pledge certainly invalid. Applied last, so nothing else can undo it.
const pledgePoison = fc.oneof(
  fc.constant((fields: Record<string, unknown>) => ({ ...fields, consent: "off" })),
  fc.constant((fields: Record<string, unknown>) => {
    const { consent: _consent, ...rest } = fields;
    return rest;
  }),
  nasty.map((token) => (fields: Record<string, unknown>) => ({ ...fields, formToken: token })),
  fc.constant((fields: Record<string, unknown>) => ({ ...fields, country: "Q1" })),
  fc.constant((fields: Record<string, unknown>) => ({ ...fields, email: "no-at-sign" })),
);

/** A pledge: valid-shaped (may be recorded), or poisoned (must not be). */
function pledge(context: FuzzContext) {
  return fc.integer({ min: 0, max: 2 ** 40 }).chain((n) => {
    const index = n.toString(36);
    return fc.oneof(
      {
        weight: 1,
        arbitrary: pledgeFields(context, index, false).map((fields) => ({
          fields,
          poisoned: false,
        })),
      },
      {
        weight: 4,
        arbitrary: fc
          .tuple(pledgeFields(context, index, true), pledgePoison)
          .map(([fields, poison]) => ({ fields: poison(fields), poisoned: true })),
      },
    );
  });
}

/** Same normalisation as the server: how the valid email will be stored (as typed, trimmed). */
function validEmailOf(fields: Record<string, unknown>, poisoned: boolean): string | undefined {
  if (poisoned) return undefined;
  return typeof fields.email === "string" ? fields.email.trim() : undefined;
}

function asFormFields(fields: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(fields).flatMap(([name, value]) =>
    value === undefined ? [] : [[name, String(value)] as [string, string]],
  );
}

function pledgeApi(context: FuzzContext): fc.Arbitrary<FuzzCase> {
  const json = (text: string, contentType?: string): FuzzCase => ({
    target: "pledge API",
    method: "POST",
    path: "/api/pledges",
    headers: {},
    body: { kind: "raw", text, contentType: contentType ?? "application/json" },
  });
  return fc.oneof(
    {
      weight: 4,
      arbitrary: pledge(context).map(({ fields, poisoned }) => {
        return {
          ...json(JSON.stringify(fields)),
          validEmail: validEmailOf(fields, poisoned),
        };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          displayName: fc.jsonValue(),
          email: fc.jsonValue(),
          country: fc.jsonValue(),
          consent: fc.jsonValue(),
          showOnWall: fc.jsonValue(),
          message: fc.jsonValue(),
          locale: fc.jsonValue(),
          formToken: fc.jsonValue(),
        })
        .map((fields) => json(JSON.stringify(fields))),
    },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => json(JSON.stringify(value))) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          nasty,
          fc.constantFrom(
            "application/json",
            "text/plain",
            "",
            "application/x-www-form-urlencoded",
          ),
        )
        .map(([text, type]) => json(text, type)),
    },
    {
      weight: 1,
      arbitrary: fc.constant<FuzzCase>({
        target: "pledge API",
        method: "GET",
        path: "/api/pledges",
        headers: {},
      }),
    },
  );
}

function pledgeAction(context: FuzzContext): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(pledge(context), fc.constantFrom("/en/pledge", "/ar/pledge", "/pledge"), fc.boolean())
    .map(([{ fields, poisoned }, path, javascript]) => ({
      target: javascript ? "pledge action" : "pledge form (no JS)",
      method: "POST",
      path,
      headers: {},
      action: "signPledge",
      body: javascript
        ? { kind: "action", fields: asFormFields(fields) }
        : { kind: "form", fields: asFormFields(fields), multipart: true },
      validEmail: validEmailOf(fields, poisoned),
    }));
}

// What makes a gift certainly invalid (so no Checkout Session and no Donation row).
const donationPoison = fc.oneof(
  fc.constant({ currency: "zzz" }),
  fc.constant({ currency: "us" }),
  fc.constant({ preset: "custom", customAmount: "abc" }),
  fc.constant({ preset: "custom", customAmount: "0" }),
  fc.constant({ preset: "custom", customAmount: "99999999999" }),
  fc.constant({ preset: "eur:2500", currency: "usd" }),
  fc.constant({ frequency: "weekly" }),
  fc.constant({ visibility: "name", publicName: "" }),
  fc.constant({ visibility: "name", publicName: "Ada\u0000" }),
  fc.constant({ message: "m".repeat(281) }),
  fc.constant({ inHonourOf: "h\u202e" }),
);

function donateAction(): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(
      fc.record({
        currency: fc.oneof(fc.constantFrom("usd", "eur", "jpy", "USD"), nasty),
        frequency: fc.oneof(fc.constantFrom("once", "monthly"), nasty),
        preset: fc.oneof(fc.constantFrom("usd:2500", "jpy:1000", "custom"), nasty),
        customAmount: fc.oneof(fc.constantFrom("25", "25.50", "0.49", "1e3", "-5"), nasty),
        visibility: fc.oneof(fc.constantFrom("name", "anonymous"), nasty),
        publicName: nasty,
        message: nasty,
        inHonourOf: nasty,
        locale: nasty,
      }),
      donationPoison,
      fc.boolean(),
    )
    .map(([fields, poison, javascript]) => {
      const form = asFormFields({ ...fields, ...poison });
      return {
        target: javascript ? "donate action" : "donate form (no JS)",
        method: "POST",
        path: "/en/donate",
        headers: {},
        action: "startDonation",
        body: javascript
          ? { kind: "action", fields: form }
          : { kind: "form", fields: form, multipart: true },
      } satisfies FuzzCase;
    });
}

function signIn(): fc.Arbitrary<FuzzCase> {
  const fields = fc.record({
    email: fc.oneof(fc.constantFrom("admin@example.org", "nobody@example.org", ""), nasty),
    password: nasty,
    callbackUrl: fc.oneof(
      fc.constantFrom("/admin", "//evil.example", "https://evil.example", "javascript:alert(1)"),
      nasty,
    ),
  });
  return fc.oneof(
    fields.map(
      (form): FuzzCase => ({
        target: "staff sign-in",
        method: "POST",
        path: "/admin/sign-in",
        headers: {},
        action: "signInWithPassword",
        body: { kind: "action", fields: asFormFields(form) },
      }),
    ),
    fc
      .tuple(
        fc.constantFrom(
          "callback/credentials",
          "signin/credentials",
          "signout",
          "session",
          "csrf",
          "providers",
          "nope",
          "callback/github",
        ),
        fields,
        fc.constantFrom<"GET" | "POST">("GET", "POST"),
      )
      .map(
        ([endpoint, form, method]): FuzzCase => ({
          target: "Auth.js endpoints",
          method,
          path: `/api/auth/${endpoint}`,
          headers: {},
          body:
            method === "POST"
              ? { kind: "form", fields: asFormFields(form), multipart: false }
              : undefined,
        }),
      ),
  );
}

function webhook(): fc.Arbitrary<FuzzCase> {
  const stripeish = fc.oneof(
    fc.constantFrom(
      "cs_test_missing",
      "ch_missing",
      "in_missing",
      "sub_missing",
      "re_missing",
      "dp_missing",
    ),
    fc
      .string({ unit: fc.constantFrom(..."abcXYZ019_"), minLength: 1, maxLength: 30 })
      .map((s) => `cs_${s}`),
    nasty,
    fc.jsonValue(),
  );
  const event = fc.record(
    {
      id: fc.oneof(
        fc
          .string({ unit: fc.constantFrom(..."abc123_"), minLength: 1, maxLength: 20 })
          .map((s) => `evt_${s}`),
        nasty,
        fc.jsonValue(),
      ),
      object: fc.constant("event"),
      type: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...HANDLED_EVENT_TYPES) },
        { weight: 1, arbitrary: nasty },
      ),
      created: fc.oneof(fc.integer(), fc.jsonValue()),
      data: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            object: fc.record(
              {
                id: stripeish,
                object: nasty,
                charge: stripeish,
                metadata: fc.jsonValue(),
                payment_intent: stripeish,
                invoice: stripeish,
                subscription: stripeish,
                customer: stripeish,
              },
              { requiredKeys: [] },
            ),
          }),
        },
        { weight: 1, arbitrary: fc.jsonValue() },
      ),
    },
    { requiredKeys: ["object"] },
  );
  return fc.oneof(
    {
      weight: 5,
      arbitrary: event.map(
        (payload): FuzzCase => ({
          target: "webhook (signed)",
          method: "POST",
          path: "/api/webhooks/stripe",
          headers: {},
          body: { kind: "signed", payload: JSON.stringify(payload), signature: "valid" },
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(nasty, fc.constantFrom<"valid" | "garbage">("valid", "garbage")).map(
        ([payload, signature]): FuzzCase => ({
          target: "webhook (raw)",
          method: "POST",
          path: "/api/webhooks/stripe",
          headers: {},
          body: { kind: "signed", payload, signature },
        }),
      ),
    },
  );
}

function malformedMultipart(): fc.Arbitrary<FuzzCase> {
  const bodies = fc.oneof(
    fc.constant('--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"'),
    fc.constant('--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n'),
    fc.constant("--b\r\n\r\n\r\n--b--"),
    fc.constant('--b\r\nContent-Disposition: form-data; name="_1_email"\r\n\r\nx\r\n--b--'),
    fc.constant('--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n"$K9"\r\n--b--\r\n'),
    fc.constant(
      '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$@1","$Q2","$T"]\r\n--b--\r\n',
    ),
    fc.constant('--b\r\nContent-Disposition: form-data; name="$ACTION_ID_x"\r\n\r\n\r\n--b--\r\n'),
    fc.constant(
      '--b\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"zz","bound":"$@1"}\r\n--b--\r\n',
    ),
    fc.constant(
      '--b\r\nContent-Disposition: form-data; name="f"; filename="x.bin"\r\nContent-Type: application/octet-stream\r\n\r\n\u0000\u0001\r\n--b--\r\n',
    ),
    nasty.map(
      (text) =>
        `--b\r\nContent-Disposition: form-data; name="${text.replace(/"/g, "")}"\r\n\r\n${text}\r\n--b--\r\n`,
    ),
    nasty,
  );
  const types = fc.constantFrom(
    "multipart/form-data; boundary=b",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=zz",
    "multipart/mixed; boundary=b",
    "text/plain;charset=UTF-8",
    "application/x-www-form-urlencoded",
    "application/json",
  );
  return fc
    .tuple(
      bodies,
      types,
      fc.constantFrom("/en/pledge", "/zh/donate", "/admin/sign-in"),
      fc.oneof(
        fc.constantFrom("signPledge", "startDonation", "signInWithPassword"),
        fc.constant(undefined),
      ),
      fc.option(nasty, { nil: undefined }),
    )
    .map(
      ([text, contentType, path, action, rawActionId]): FuzzCase => ({
        target: "malformed multipart",
        method: "POST",
        path,
        headers:
          action === undefined && rawActionId !== undefined
            ? { "next-action": encodeText(rawActionId).slice(0, 200) || "x" }
            : {},
        action,
        body: { kind: "raw", text, contentType },
      }),
    );
}

function pages(): fc.Arbitrary<FuzzCase> {
  const get = (target: string, path: string): FuzzCase => ({
    target,
    method: "GET",
    path,
    headers: {},
  });
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...LOCALES), urlText, fc.constantFrom(...PAGES))
      .map(([locale, segment, page]) => get("locale segments", `${locale}/${segment}${page}`)),
    fc
      .tuple(fc.constantFrom(...LOCALES), fc.constantFrom(...PAGES))
      .map(([locale, page]) => get("locale segments", `${locale}${page}` || "/")),
    fc
      .tuple(fc.constantFrom("/en", "/ar", "/ru", "", "/xx"), urlText)
      .map(([locale, cursor]) =>
        get("supporters cursor", `${locale}/supporters/older?cursor=${cursor}`),
      ),
    fc
      .tuple(fc.constantFrom("/en", "/ar", ""), urlText, urlText)
      .map(([locale, donors, cursor]) =>
        get(
          "supporters donors cursor",
          `${locale}/supporters/older?donors=${donors}&cursor=${cursor}`,
        ),
      ),
    fc
      .array(fc.tuple(urlText, urlText), { maxLength: 4 })
      .map((pairs) =>
        get(
          "stats query",
          `/api/stats?${pairs.map(([key, value]) => `${key}=${value}`).join("&")}`,
        ),
      ),
    fc
      .oneof(
        fc
          .string({ unit: fc.constantFrom(..."abcXYZ019_"), minLength: 0, maxLength: 60 })
          .map((s) => `cs_${s}`),
        urlText,
      )
      .map((id) => get("donate success", `/es/donate/success?session_id=${id}`)),
    fc
      .tuple(
        fc.constantFrom("", "/api", "/admin", "/en", "/_next/static", "/api/stats"),
        fc.array(urlText, { minLength: 1, maxLength: 3 }),
      )
      .map(([prefix, segments]) => get("percent-escapes", `${prefix}/${segments.join("/")}`)),
  );
}

/** A form post from another site (or with an Origin that is not a URL): refused, never run. */
function crossSite(context: FuzzContext): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(
      pledgeAction(context),
      fc.constantFrom("https://evil.example", "http://127.0.0.1:1", "not a url", "http://[::1"),
    )
    .map(([item, origin]) => ({
      ...item,
      target: "cross-site post",
      headers: { ...item.headers, origin },
      validEmail: undefined,
    }));
}

/** Every public input, mixed. */
export function fuzzCase(context: FuzzContext): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    { weight: 3, arbitrary: pledgeApi(context) },
    { weight: 3, arbitrary: pledgeAction(context) },
    { weight: 2, arbitrary: donateAction() },
    { weight: 2, arbitrary: webhook() },
    { weight: 1, arbitrary: signIn() },
    { weight: 2, arbitrary: malformedMultipart() },
    { weight: 3, arbitrary: pages() },
    { weight: 1, arbitrary: crossSite(context) },
  );
}
