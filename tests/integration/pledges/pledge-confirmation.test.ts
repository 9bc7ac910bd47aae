// PLEDGE_CONFIRMATION=required: a pledge is stored unconfirmed and counted only when its link's
// POST confirms it; the GET reads only; repeats do the same work and get the right email; one
// mailbox gets at most three a day; unconfirmed pledges are deleted after 7 days. The outbox rows
// stand for the emails here (tests/integration/email shows them delivered).
import { describe, expect, it } from "vitest";
import { setEnv } from "@/tests/support/test-env";

setEnv({ PLEDGE_CONFIRMATION: "required", SITE_URL: "https://blueheart.example.org" });

const { pledgeContext, pledgeInput } = await import("./pledge-test-input");
const { pgPool } = await import("@/lib/db");
const { recordPledge } = await import("@/lib/pledges/record-pledge");
const { confirmPledge } = await import("@/lib/pledges/confirm-pledge");
const { readPledgeConfirmation } = await import("@/lib/pledges/read-pledge-confirmation");
const { readPublicStats } = await import("@/lib/stats/read-public-stats");
const { purgeExpiredData } = await import("@/lib/privacy/purge-expired-data");
const { getDashboardStats } = await import("@/lib/admin/get-dashboard-stats");

interface OutboxRow {
  kind: string;
  locale: string;
  data: { name?: string; confirmUrl?: string };
}

async function emailsTo(email: string): Promise<OutboxRow[]> {
  const { rows } = await pgPool.query<OutboxRow>(
    `SELECT "kind", "locale", "data" FROM "EmailOutbox" WHERE "recipient" = $1 ORDER BY "id"`,
    [email],
  );
  return rows;
}

async function pledgeOf(email: string) {
  const { rows } = await pgPool.query<{ id: string; status: string; confirmedAt: Date | null }>(
    `SELECT "id", "status"::text AS "status", "confirmedAt" FROM "Pledge" WHERE "email" = $1`,
    [email],
  );
  return rows[0];
}

async function linksOf(pledgeId: string): Promise<number> {
  const { rows } = await pgPool.query(
    `SELECT count(*)::int AS n FROM "PledgeConfirmation" WHERE "pledgeId" = $1`,
    [pledgeId],
  );
  return rows[0].n;
}

const tokenOf = (row: OutboxRow | undefined) =>
  new URL(row?.data.confirmUrl ?? "https://x.invalid").searchParams.get("token") ?? "";

describe("confirmed pledges", () => {
  it("counts a pledge only when its link's POST confirms it; the GET reads only; a second POST says already", async () => {
    const input = pledgeInput({ displayName: "Léa" });
    const email = String(input.email);
    const before = await readPublicStats();
    const dashboard = await getDashboardStats();
    const result = await recordPledge(input, { ...pledgeContext(), locale: "fr" });
    expect(result).toEqual({ ok: true, value: { counted: false, awaitingConfirmation: true } });
    expect((await pledgeOf(email))?.status).toBe("UNCONFIRMED");
    expect((await readPublicStats()).pledges).toBe(before.pledges);
    // Staff see it waiting, beside the counted ones.
    expect((await getDashboardStats()).unconfirmed).toBe(dashboard.unconfirmed + 1);

    const [mail] = await emailsTo(email);
    expect(mail).toMatchObject({ kind: "pledge-confirm", locale: "fr", data: { name: "Léa" } });
    expect(mail?.data.confirmUrl).toMatch(
      /^https:\/\/blueheart\.example\.org\/fr\/pledge\/confirm\?token=[A-Za-z0-9_-]{43}$/,
    );
    const token = tokenOf(mail);
    // Stored hashed: the link's secret is nowhere in the table.
    const { rows: stored } = await pgPool.query(
      `SELECT 1 FROM "PledgeConfirmation" WHERE "tokenHash" LIKE '%' || $1 || '%'`,
      [token],
    );
    expect(stored).toHaveLength(0);

    // What a mail scanner does: it opens the page. Nothing changes.
    expect(await readPledgeConfirmation(token)).toBe("pending");
    expect(await readPledgeConfirmation(token)).toBe("pending");
    expect((await pledgeOf(email))?.status).toBe("UNCONFIRMED");

    // Two clicks at once: one confirms, the other is told it already is; counted once.
    const outcomes = await Promise.all([confirmPledge(token, "fr"), confirmPledge(token, "fr")]);
    expect(outcomes.sort()).toEqual(["already", "confirmed"]);
    expect(await confirmPledge(token, "fr")).toBe("already");
    expect(await readPledgeConfirmation(token)).toBe("already");
    const pledge = await pledgeOf(email);
    expect(pledge?.status).toBe("ACTIVE");
    expect(pledge?.confirmedAt).toBeInstanceOf(Date);
    expect(await getDashboardStats()).toMatchObject({
      unconfirmed: dashboard.unconfirmed,
      pledges: dashboard.pledges + 1,
    });
    const after = await readPublicStats();
    expect(after.pledges).toBe(before.pledges + 1);
    expect(after.pledgesByCountry.KE).toBe((before.pledgesByCountry.KE ?? 0) + 1);
    expect((await emailsTo(email)).map((row) => row.kind)).toEqual([
      "pledge-confirm",
      "pledge-thanks",
    ]);

    expect(await confirmPledge("x".repeat(43), "fr")).toBe("invalid");
    expect(await confirmPledge("not a token", "fr")).toBe("invalid");
    expect(await readPledgeConfirmation(undefined)).toBe("invalid");
  });

  it("answers a repeat as a new pledge, after the same work: a fresh link while unconfirmed, then 'already signed'", async () => {
    const input = pledgeInput();
    const email = String(input.email);
    const first = await recordPledge(input, pledgeContext());
    const again = await recordPledge({ ...input, displayName: "Other" }, pledgeContext());
    expect(again).toEqual(first);
    const id = (await pledgeOf(email))?.id ?? "";
    expect(await linksOf(id)).toBe(2);
    const [one, two] = await emailsTo(email);
    expect(two).toMatchObject({ kind: "pledge-confirm", data: { name: "Amina" } });
    // Both links work until used or expired.
    expect(tokenOf(one)).not.toBe(tokenOf(two));
    expect(await confirmPledge(tokenOf(two), "en")).toBe("confirmed");

    const third = await recordPledge(input, pledgeContext());
    expect(third).toEqual(first);
    expect(await linksOf(id)).toBe(3);
    expect((await emailsTo(email)).map((row) => row.kind)).toEqual([
      "pledge-confirm",
      "pledge-confirm",
      "pledge-thanks",
      "pledge-already-signed",
    ]);
  });

  it("sends one mailbox at most three pledge emails a day, whoever signs, with the same answer", async () => {
    const input = pledgeInput();
    const email = String(input.email);
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await recordPledge(input, pledgeContext()));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await emailsTo(email)).toHaveLength(3);
  });

  it("deletes a pledge nobody confirmed after 7 days, with its links and emails", async () => {
    const stale = pledgeInput();
    const fresh = pledgeInput();
    await recordPledge(stale, pledgeContext());
    await recordPledge(fresh, pledgeContext());
    await pgPool.query(
      `UPDATE "Pledge" SET "createdAt" = now() - interval '8 days' WHERE "email" = $1`,
      [stale.email],
    );
    const result = await purgeExpiredData();
    expect(result.unconfirmedPledges).toBeGreaterThanOrEqual(1);
    expect(await pledgeOf(String(stale.email))).toBeUndefined();
    expect(await emailsTo(String(stale.email))).toEqual([]);
    expect((await pledgeOf(String(fresh.email)))?.status).toBe("UNCONFIRMED");
  });
});
