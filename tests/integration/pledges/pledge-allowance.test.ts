// The pledge allowances against the real database, on a clock the test sets: a classroom behind
// one address is served, a flood is stopped per domain and per address, and the allowance grows
// back with time (docs/decisions/013-sign-in-limits-and-sessions.md).
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { type RecordPledgeResult, recordPledge } from "@/lib/pledges/record-pledge";
import { pledgeContext, pledgeInput } from "./pledge-test-input";

const MINUTE = 60_000;

const outcome = (result: RecordPledgeResult) => (result.ok ? "accepted" : result.error.code);

function pledgesAt(ipHash: string, now: Date) {
  const context = { ...pledgeContext(ipHash), now };
  return async (emails: string[]): Promise<string[]> => {
    const outcomes: string[] = [];
    for (const email of emails) {
      outcomes.push(outcome(await recordPledge(pledgeInput({ email }), context)));
    }
    return outcomes;
  };
}

const emails = (count: number, make: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => make(index));

describe("the pledge allowances of one address", () => {
  it("uses the defaults the decision reasons about", () => {
    expect([env.PLEDGE_RATE_LIMIT_BURST, env.PLEDGE_RATE_LIMIT_PER_HOUR]).toEqual([60, 60]);
    expect([env.PLEDGE_DOMAIN_RATE_LIMIT_BURST, env.PLEDGE_DOMAIN_RATE_LIMIT_PER_HOUR]).toEqual([
      40, 40,
    ]);
  });

  it("serves a class of 35 at one school's domain at once, every pledge counted", async () => {
    const now = new Date();
    const sign = pledgesAt("a-school", now);
    const outcomes = await sign(emails(35, (index) => `pupil-${index}@school.example.org`));
    expect(outcomes).toEqual(Array(35).fill("accepted"));
  });

  it("stops a flood at one domain at the domain's allowance, saying when to come back", async () => {
    const now = new Date();
    const context = { ...pledgeContext("flood-one-domain"), now };
    const burst = env.PLEDGE_DOMAIN_RATE_LIMIT_BURST;
    const sign = pledgesAt("flood-one-domain", now);
    expect(await sign(emails(burst, (index) => `bot-${index}@one.example`))).toEqual(
      Array(burst).fill("accepted"),
    );
    const refused = await recordPledge(pledgeInput({ email: "bot-x@one.example" }), context);
    // One pledge grows back every 3600 / 40 = 90 seconds.
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "rateLimited",
        retryAfterSeconds: Math.ceil(3600 / env.PLEDGE_DOMAIN_RATE_LIMIT_PER_HOUR),
      },
    });
    // Another domain from the same address is still served (the address has allowance left).
    expect(outcome(await recordPledge(pledgeInput({ email: "x@two.example" }), context))).toBe(
      "accepted",
    );
  });

  it("stops a flood with a new domain each time at the address's allowance", async () => {
    const now = new Date();
    const burst = env.PLEDGE_RATE_LIMIT_BURST;
    const sign = pledgesAt("flood-many-domains", now);
    const outcomes = await sign(emails(burst + 3, (index) => `bot@domain-${index}.example`));
    expect(outcomes).toEqual([...Array(burst).fill("accepted"), ...Array(3).fill("rateLimited")]);
    // Another address is not affected.
    expect(await pledgesAt("next-door", now)(["neighbour@domain-0.example"])).toEqual(["accepted"]);
  });

  it("grows back with time: one a minute per address, all of it within the hour", async () => {
    const start = new Date();
    const ipHash = "a-busy-office";
    const burst = env.PLEDGE_RATE_LIMIT_BURST;
    await pledgesAt(ipHash, start)(emails(burst, (index) => `staff@office-${index}.example`));
    expect(await pledgesAt(ipHash, start)(["late@office-x.example"])).toEqual(["rateLimited"]);

    const aMinuteLater = new Date(start.getTime() + MINUTE);
    expect(
      await pledgesAt(ipHash, aMinuteLater)(["late@office-x.example", "later@office-y.example"]),
    ).toEqual(["accepted", "rateLimited"]);

    // An hour after that the office has its whole allowance again, and no more than that.
    const anHourLater = new Date(aMinuteLater.getTime() + 60 * MINUTE);
    const again = await pledgesAt(
      ipHash,
      anHourLater,
    )(emails(burst + 1, (index) => `next@office-${index}.example`));
    expect(again).toEqual([...Array(burst).fill("accepted"), "rateLimited"]);
  });

  it("gives the address its pledge back when the domain refuses it", async () => {
    const now = new Date();
    const sign = pledgesAt("one-domain-then-others", now);
    const domainBurst = env.PLEDGE_DOMAIN_RATE_LIMIT_BURST;
    await sign(emails(domainBurst, (index) => `a-${index}@same.example`));
    expect(await sign(emails(5, (index) => `b-${index}@same.example`))).toEqual(
      Array(5).fill("rateLimited"),
    );
    // The five refusals did not use the address's allowance: the rest of it is still there.
    const rest = env.PLEDGE_RATE_LIMIT_BURST - domainBurst;
    expect(await sign(emails(rest + 1, (index) => `c@other-${index}.example`))).toEqual([
      ...Array(rest).fill("accepted"),
      "rateLimited",
    ]);
  });
});
