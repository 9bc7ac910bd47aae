import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/pledges/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkFormToken } from "@/lib/pledges/form-token";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/socket-address-header";
import { readPublicStats } from "@/lib/stats/read-public-stats";
import { pledgeInput } from "./pledge-test-input";

function post(body: unknown, ip = "203.0.113.7"): Promise<Response> {
  return POST(
    new Request("http://localhost/api/pledges", {
      method: "POST",
      headers: { "content-type": "application/json", [SOCKET_ADDRESS_HEADER]: ip },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

describe("POST /api/pledges", () => {
  it("answers 201 for a new pledge and stores and counts it", async () => {
    const before = await readPublicStats();
    const input = pledgeInput({ email: "api-new@example.org" });
    const response = await post(input);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      status: "accepted",
      message: "Thank you for signing the pledge.",
    });
    expect(await db.pledge.count({ where: { email: "api-new@example.org" } })).toBe(1);
    expect((await readPublicStats()).pledges).toBe(before.pledges + 1);
  });

  it("answers a repeated address exactly like a new one", async () => {
    const first = await post(pledgeInput({ email: "api-twice@example.org" }), "203.0.113.8");
    const second = await post(pledgeInput({ email: "API-twice@example.org" }), "203.0.113.8");
    expect(second.status).toBe(first.status);
    expect(await second.json()).toEqual(await first.json());
    expect(await db.pledge.count({ where: { email: "api-twice@example.org" } })).toBe(1);
  });

  it("answers 400 with a readable error for each bad field, and stores nothing", async () => {
    const before = await db.pledge.count();
    const response = await post(
      pledgeInput({ email: "nope", country: "ZZ", displayName: "", consent: false }),
      "203.0.113.9",
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      status: "invalid",
      message: "Please correct the marked fields.",
      fieldErrors: {
        displayName: { code: "displayNameRequired", message: "Enter your name." },
        email: {
          code: "emailInvalid",
          message: "Enter an email address in the form name@example.org.",
        },
        country: { code: "countryInvalid", message: "Choose a country from the list." },
        consent: {
          code: "consentRequired",
          message: "Tick the box to agree to the privacy notice, or your pledge cannot be stored.",
        },
      },
    });
    expect(await db.pledge.count()).toBe(before);
  });

  it("answers 400 for a body that is not a JSON object", async () => {
    for (const body of ["not json", "[1,2]", "null"]) {
      const response = await post(body, "203.0.113.10");
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ status: "invalidJson" });
    }
  });

  it("answers 413 for a body over 8 KB, and records nothing", async () => {
    const input = pledgeInput({ message: "x".repeat(10_000) });
    const response = await post(input, "203.0.113.12");
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ status: "payloadTooLarge" });
    expect(await db.pledge.count({ where: { email: String(input.email) } })).toBe(0);
  });

  it("answers 400 for a form token used too soon", async () => {
    const { formToken } = (await GET().json()) as { formToken: string };
    const response = await post(pledgeInput({ formToken }), "203.0.113.11");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: "tooFast" });
  });

  it("answers 429 with Retry-After and 'try again in N minutes' past the allowance", async () => {
    const ip = "198.51.100.23";
    // Every pledge here is at one domain, so the tighter allowance per address and domain ends
    // first (the allowances themselves: pledge-allowance.test.ts, on a clock of its own).
    for (let index = 0; index < env.PLEDGE_DOMAIN_RATE_LIMIT_BURST; index += 1) {
      expect((await post(pledgeInput(), ip)).status).toBe(201);
    }
    const refused = await post(pledgeInput({ email: "api-limited@example.org" }), ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as { status: string; message: string };
    expect(body.status).toBe("rateLimited");
    expect(body.message).toMatch(
      /^Too many pledges have come from your network\. Please try again in \d+ minutes?\.$/,
    );
    expect(await db.pledge.count({ where: { email: "api-limited@example.org" } })).toBe(0);
    // Another address still gets through.
    expect((await post(pledgeInput(), "198.51.100.24")).status).toBe(201);
  });
});

describe("GET /api/pledges", () => {
  it("hands out a signed form token, not cacheable", async () => {
    const response = GET();
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { formToken: string; minimumSeconds: number };
    expect(body.minimumSeconds).toBe(env.PLEDGE_MIN_SUBMIT_SECONDS);
    expect(checkFormToken(body.formToken, Date.now() + 60_000)).toBe("ok");
  });
});
