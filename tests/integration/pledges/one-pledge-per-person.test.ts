// "One pledge per person" on the normalised email, and a public counter that does not tell whether
// an address had signed before (docs/counting-rule.md).
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/pledges/route";
import { db } from "@/lib/db";
import { emailKey } from "@/lib/pledges/email-key";
import { recordPledge } from "@/lib/pledges/record-pledge";
import { publishableStats } from "@/lib/stats/publishable-stats";
import { readPublicStats } from "@/lib/stats/read-public-stats";
import { pledgeContext, pledgeInput } from "./pledge-test-input";

function post(body: Record<string, unknown>, ip: string): Promise<Response> {
  return POST(
    new Request("http://localhost/api/pledges", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
}

async function answer(response: Response) {
  const headers = Object.fromEntries(response.headers);
  delete headers.date;
  return { status: response.status, headers, body: await response.json() };
}

describe("one pledge per person", () => {
  it("stores the address as typed and counts its other spellings as the same person", async () => {
    const before = await readPublicStats();
    const first = await recordPledge(
      pledgeInput({ email: "Ngozi.Okafor@Example.org", country: "NG" }),
      pledgeContext(),
    );
    expect(first).toEqual({ ok: true, value: { counted: true, awaitingConfirmation: false } });
    for (const spelling of [
      "ngozi.okafor@example.org",
      "NGOZI.OKAFOR+pledge@EXAMPLE.ORG",
      "ngozi.okafor+again@example.org",
    ]) {
      const repeat = await recordPledge(pledgeInput({ email: spelling }), pledgeContext());
      expect(repeat, spelling).toEqual({
        ok: true,
        value: { counted: false, awaitingConfirmation: false },
      });
    }
    const rows = await db.pledge.findMany({
      where: { emailKey: emailKey("ngozi.okafor@example.org") },
    });
    expect(rows.map((row) => row.email)).toEqual(["Ngozi.Okafor@Example.org"]);
    expect((await readPublicStats()).pledges).toBe(before.pledges + 1);
  });

  it("answers a repeat exactly as a new pledge: status, headers and body", async () => {
    const email = "same-answer@example.org";
    const fresh = await answer(await post(pledgeInput({ email }), "203.0.113.40"));
    const repeat = await answer(
      await post(pledgeInput({ email: "Same-Answer+x@example.org" }), "203.0.113.41"),
    );
    expect(fresh.status).toBe(201);
    expect(repeat).toEqual(fresh);
  });
});

describe("the public per-country counts", () => {
  it("leave a country out until it reaches the threshold, then show it", async () => {
    const country = "TV";
    for (let index = 0; index < 9; index += 1) {
      await recordPledge(pledgeInput({ country }), pledgeContext());
    }
    const nine = await readPublicStats();
    expect(nine.pledgesByCountry[country]).toBe(9);
    expect(publishableStats(nine, 10).pledgesByCountry).not.toHaveProperty(country);
    // A repeat of a known address with this rare country leaves nothing to watch.
    const known = pledgeInput({ country });
    await recordPledge(known, pledgeContext());
    const ten = await readPublicStats();
    expect(publishableStats(ten, 10).pledgesByCountry[country]).toBe(10);
    await recordPledge({ ...known, displayName: "Again" }, pledgeContext());
    expect(publishableStats(await readPublicStats(), 10)).toEqual({
      ...publishableStats(ten, 10),
      readAt: expect.any(String),
    });
  });
});
