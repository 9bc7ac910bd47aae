import { describe, expect, it } from "vitest";
import { PRIVACY_NOTICE_VERSION } from "@/lib/campaign/privacy";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { emailKey } from "@/lib/pledges/email-key";
import { issueFormToken } from "@/lib/pledges/form-token";
import { recordPledge } from "@/lib/pledges/record-pledge";
import { readPublicStats } from "@/lib/stats/read-public-stats";
import { pledgeContext, pledgeInput } from "./pledge-test-input";

async function countedRows(): Promise<number> {
  return db.pledge.count({ where: { status: "ACTIVE" } });
}

describe("recordPledge", () => {
  it("stores a pledge with its consent and counts it once, in total and for its country", async () => {
    const before = await readPublicStats();
    const result = await recordPledge(
      pledgeInput({ email: "  Someone@Example.ORG ", country: "gb", showOnWall: "on" }),
      pledgeContext("hash-of-an-ip"),
    );
    expect(result).toEqual({ ok: true, value: { counted: true, awaitingConfirmation: false } });

    const row = await db.pledge.findFirstOrThrow({ where: { emailKey: "someone@example.org" } });
    // Stored as typed (trimmed); compared on its key.
    expect(row.email).toBe("Someone@Example.ORG");
    expect(row.country).toBe("GB");
    expect(row.showOnWall).toBe(true);
    expect(row.status).toBe("ACTIVE");
    expect(row.messageStatus).toBe("NONE");
    expect(row.consentNoticeVersion).toBe(PRIVACY_NOTICE_VERSION);
    expect(row.consentAt).toBeInstanceOf(Date);
    expect(row.ipHash).toBe("hash-of-an-ip");
    // uuid v7: the version digit is 7.
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const after = await readPublicStats();
    expect(after.pledges).toBe(before.pledges + 1);
    expect(after.pledgesByCountry.GB).toBe((before.pledgesByCountry.GB ?? 0) + 1);
  });

  it("holds a message for moderation", async () => {
    const input = pledgeInput({ message: "  Every person deserves freedom.  " });
    await recordPledge(input, pledgeContext());
    const row = await db.pledge.findFirstOrThrow({ where: { email: String(input.email) } });
    expect(row.message).toBe("Every person deserves freedom.");
    expect(row.messageStatus).toBe("PENDING");
  });

  it("counts 200 concurrent pledges with distinct emails exactly: 200 rows, counter +200", async () => {
    const before = await readPublicStats();
    const rowsBefore = await countedRows();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        recordPledge(
          pledgeInput({ email: `crowd-${index}@example.org`, country: "BR" }),
          pledgeContext(),
        ),
      ),
    );
    expect(results.every((result) => result.ok && result.value.counted)).toBe(true);
    expect(await countedRows()).toBe(rowsBefore + 200);
    const after = await readPublicStats();
    expect(after.pledges).toBe(before.pledges + 200);
    expect(after.pledgesByCountry.BR).toBe((before.pledgesByCountry.BR ?? 0) + 200);
    expect(after.pledges).toBe(await countedRows());
  });

  it("counts a pledge once when the same email signs 20 times at once", async () => {
    const before = await readPublicStats();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        recordPledge(
          pledgeInput({ email: index % 2 === 0 ? "same@example.org" : " SAME@example.org" }),
          pledgeContext(),
        ),
      ),
    );
    // Everyone gets the same answer: nothing says whether the address had signed.
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && result.value.counted)).toHaveLength(1);
    expect(await db.pledge.count({ where: { emailKey: "same@example.org" } })).toBe(1);
    expect((await readPublicStats()).pledges).toBe(before.pledges + 1);
  });

  it("changes nothing when an address signs again later with other details", async () => {
    const email = "again@example.org";
    await recordPledge(pledgeInput({ email, displayName: "First" }), pledgeContext());
    const before = await readPublicStats();
    const second = await recordPledge(
      pledgeInput({ email, displayName: "Second", country: "FR", showOnWall: true }),
      pledgeContext(),
    );
    expect(second.ok).toBe(true);
    const row = await db.pledge.findFirstOrThrow({ where: { email } });
    expect(row.displayName).toBe("First");
    expect(row.showOnWall).toBe(false);
    expect(await readPublicStats()).toMatchObject({
      pledges: before.pledges,
      pledgesByCountry: before.pledgesByCountry,
    });
  });

  it("lets an address pledge up to its allowance and refuses the next one, storing nothing", async () => {
    const context = { ...pledgeContext("one-busy-ip"), now: new Date() };
    const limit = env.PLEDGE_RATE_LIMIT_BURST;
    for (let index = 0; index < limit; index += 1) {
      // A domain each, so only the allowance per address is spent.
      const result = await recordPledge(
        pledgeInput({ email: `limit@domain-${index}.example` }),
        context,
      );
      expect(result.ok).toBe(true);
    }
    const refused = await recordPledge(
      pledgeInput({ email: "over-the-limit@example.org" }),
      context,
    );
    expect(!refused.ok && refused.error.code).toBe("rateLimited");
    expect(
      !refused.ok && refused.error.code === "rateLimited" && refused.error.retryAfterSeconds,
    ).toBeGreaterThan(0);
    expect(await db.pledge.count({ where: { email: "over-the-limit@example.org" } })).toBe(0);
    expect(await db.pledge.count({ where: { ipHash: "one-busy-ip" } })).toBe(limit);

    // Another address is not affected.
    const other = await recordPledge(pledgeInput(), pledgeContext("another-ip"));
    expect(other.ok).toBe(true);
  });

  it("does not use up the allowance with input it refuses", async () => {
    const context = pledgeContext("careless-typist");
    for (let index = 0; index < env.PLEDGE_RATE_LIMIT_BURST + 5; index += 1) {
      const result = await recordPledge(pledgeInput({ email: "not-an-email" }), context);
      expect(!result.ok && result.error.code).toBe("invalid");
    }
    expect((await recordPledge(pledgeInput(), context)).ok).toBe(true);
  });

  const invalidInputs: Array<[string, Record<string, unknown>, string, string]> = [
    ["an empty name", { displayName: "   " }, "displayName", "displayNameRequired"],
    [
      "a name over 80 characters",
      { displayName: "x".repeat(81) },
      "displayName",
      "displayNameTooLong",
    ],
    [
      "a control character in the name",
      { displayName: "Ami\u0007na" },
      "displayName",
      "displayNameInvalid",
    ],
    [
      "a bidi override in the name",
      { displayName: "Ami\u202Ena" },
      "displayName",
      "displayNameInvalid",
    ],
    ["a name that is not text", { displayName: 42 }, "displayName", "displayNameInvalid"],
    ["a missing email", { email: undefined }, "email", "emailRequired"],
    ["a malformed email", { email: "someone@" }, "email", "emailInvalid"],
    [
      "an email over 254 characters",
      { email: `${"a".repeat(250)}@example.org` },
      "email",
      "emailTooLong",
    ],
    ["no country", { country: "" }, "country", "countryRequired"],
    ["a country not in ISO 3166-1", { country: "XX" }, "country", "countryInvalid"],
    ["a country name instead of a code", { country: "Kenya" }, "country", "countryInvalid"],
    ["a message over 280 characters", { message: "m".repeat(281) }, "message", "messageTooLong"],
    [
      "a control character in the message",
      { message: "hello\u0000there" },
      "message",
      "messageInvalid",
    ],
    ["no consent", { consent: false }, "consent", "consentRequired"],
    ["consent given as a stray value", { consent: "maybe" }, "consent", "consentRequired"],
  ];

  it.each(invalidInputs)(
    "refuses %s with a field error and stores nothing",
    async (_label, overrides, field, code) => {
      const input = pledgeInput(overrides);
      const result = await recordPledge(input, pledgeContext());
      expect(!result.ok && result.error.code).toBe("invalid");
      expect(
        !result.ok && result.error.code === "invalid" && result.error.fieldErrors,
      ).toMatchObject({ [field]: code });
      if (typeof input.email === "string" && input.email.includes("@example.org")) {
        expect(await db.pledge.count({ where: { emailKey: emailKey(input.email) } })).toBe(0);
      }
    },
  );

  it("stores nothing for any invalid input", async () => {
    const before = await db.pledge.count();
    for (const [, overrides] of invalidInputs) {
      await recordPledge(pledgeInput(overrides), pledgeContext());
    }
    await recordPledge("not an object", pledgeContext());
    await recordPledge(null, pledgeContext());
    expect(await db.pledge.count()).toBe(before);
  });

  it("refuses a form submitted sooner than the minimum time, and accepts it once that has passed", async () => {
    const email = "quick@example.org";
    const now = Date.now();
    const formToken = issueFormToken(now);
    const tooSoon = await recordPledge(pledgeInput({ email, formToken }), {
      ...pledgeContext(),
      now: new Date(now + env.PLEDGE_MIN_SUBMIT_SECONDS * 1000 - 500),
    });
    expect(!tooSoon.ok && tooSoon.error.code).toBe("tooFast");
    expect(await db.pledge.count({ where: { email } })).toBe(0);
    const later = await recordPledge(pledgeInput({ email, formToken }), {
      ...pledgeContext(),
      now: new Date(now + env.PLEDGE_MIN_SUBMIT_SECONDS * 1000 + 500),
    });
    expect(later.ok).toBe(true);
    expect(await db.pledge.count({ where: { email } })).toBe(1);
  });

  it("refuses a forged, missing or day-old form token and stores nothing", async () => {
    const [issuedAt, signature] = issueFormToken(Date.now() - 60_000).split(".");
    const forged = `${Number(issuedAt) - 600_000}.${signature}`;
    const stale = issueFormToken(Date.now() - 25 * 60 * 60 * 1000);
    for (const formToken of [forged, undefined, "", "123.abc", stale]) {
      const email = `token-${String(formToken).length}-${Math.random()}@example.org`;
      const result = await recordPledge(pledgeInput({ email, formToken }), pledgeContext());
      expect(!result.ok && result.error.code).toBe("formExpired");
      expect(await db.pledge.count({ where: { email } })).toBe(0);
    }
  });

  it("answers a filled honeypot as if accepted, but stores and counts nothing", async () => {
    const before = await readPublicStats();
    const email = "bot@example.org";
    const result = await recordPledge(
      pledgeInput({ email, website: "https://spam.example" }),
      pledgeContext(),
    );
    expect(result.ok).toBe(true);
    expect(await db.pledge.count({ where: { email } })).toBe(0);
    expect((await readPublicStats()).pledges).toBe(before.pledges);
  });
});
