import { describe, expect, it } from "vitest";
import { exportDonationsCsv } from "@/lib/admin/export-donations-csv";
import { getDashboardStats } from "@/lib/admin/get-dashboard-stats";
import { listDonationReviewQueue, listDonations } from "@/lib/admin/list-donations";
import { moderateDonationMessage } from "@/lib/admin/moderate-donation-message";
import { db } from "@/lib/db";
import { recordPledge } from "@/lib/pledges/record-pledge";
import { makeStaff } from "@/tests/support/admin-staff";
import { parseCsv } from "@/tests/support/parse-csv";
import { pledgeContext, pledgeInput } from "../pledges/pledge-test-input";

async function paidDonation(message: string | null, livemode = true) {
  const donation = await db.donation.create({
    data: {
      frequency: "ONE_TIME",
      status: "PAID",
      livemode,
      amount: 2500,
      currency: "eur",
      message,
      messageStatus: message ? "PENDING" : "NONE",
      paidAt: new Date(),
    },
  });
  await db.donationPayment.create({
    data: {
      donationId: donation.id,
      stripePaymentIntentId: `pi_${donation.id}`,
      stripeChargeId: `ch_${donation.id}`,
      amount: 2500,
      currency: "eur",
      settlementAmount: 2700,
      settlementFee: 120,
      settlementNet: 2580,
      settlementCurrency: "usd",
      amountRefunded: 500,
      settlementRefunded: 540,
      paidAt: new Date(),
      livemode,
    },
  });
  return donation;
}

describe("the dashboard", () => {
  it("counts pledges per day, top countries, messages awaiting review and money per currency", async () => {
    for (const country of ["KE", "KE", "FR"]) {
      await recordPledge(pledgeInput({ country, message: "Hope" }), pledgeContext());
    }
    await paidDonation(null);
    const stats = await getDashboardStats();
    expect(stats.pledges).toBe(3);
    expect(stats.awaitingReview).toBe(3);
    expect(stats.perDay).toHaveLength(30);
    expect(stats.perDay.at(-1)?.count).toBe(3);
    expect(stats.topCountries).toEqual([
      { country: "KE", count: 2 },
      { country: "FR", count: 1 },
    ]);
    expect(stats.byCurrency).toEqual([{ currency: "EUR", gross: 2500, refunded: 500 }]);
    expect(stats.settlement).toEqual([
      { currency: "USD", gross: 2700, fees: 120, net: 2580, refunded: 540 },
    ]);
  });
});

describe("donations for staff", () => {
  it("lists donations with refunds and settlement net, and moderates donor messages with an audit entry", async () => {
    const admin = await makeStaff("ADMIN");
    const donation = await paidDonation("For everyone still trapped");
    const page = await listDonations({});
    expect(page.rows.find((row) => row.id === donation.id)).toMatchObject({
      paid: 2500,
      refunded: 500,
      settlementCurrency: "usd",
      settlementNet: 2580 - 540,
    });

    expect(await moderateDonationMessage(donation.id, "approve", admin)).toEqual({ changed: true });
    expect(await moderateDonationMessage(donation.id, "approve", admin)).toEqual({
      changed: false,
    });
    const row = await db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    expect(row.messageStatus).toBe("APPROVED");
    const entries = await db.auditEntry.findMany({ where: { subjectId: donation.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "donation.message_approved",
      actorId: admin.id,
      before: { messageStatus: "PENDING" },
      after: { messageStatus: "APPROVED" },
    });
  });
});

describe("the donor review queue", () => {
  it("holds paid gifts' names and messages only, not an abandoned checkout's", async () => {
    const paid = await paidDonation("Thank you for this work");
    const abandoned = await db.donation.create({
      data: {
        frequency: "ONE_TIME",
        status: "PENDING",
        amount: 1000,
        currency: "usd",
        publicName: "Someone",
        message: "Never paid",
        messageStatus: "PENDING",
      },
    });
    const queue = await listDonationReviewQueue();
    expect(queue.map((item) => item.id)).toContain(paid.id);
    expect(queue.map((item) => item.id)).not.toContain(abandoned.id);
  });
});

describe("a payment whose balance transaction has not arrived (decision 023)", () => {
  it("is left out of the settlement totals and the net until it has one", async () => {
    const donation = await paidDonation(null);
    const before = await getDashboardStats();
    await db.donationPayment.create({
      data: {
        donationId: donation.id,
        stripePaymentIntentId: `pi_late_${donation.id}`,
        stripeChargeId: `ch_late_${donation.id}`,
        amount: 2500,
        currency: "eur",
        paidAt: new Date(),
        livemode: true,
      },
    });
    const after = await getDashboardStats();
    const eur = (stats: typeof after) => stats.byCurrency.find((row) => row.currency === "EUR");
    expect(eur(after)?.gross).toBe((eur(before)?.gross ?? 0) + 2500);
    // No row for a null currency, and the settled figures unchanged.
    expect(after.settlement).toEqual(before.settlement);
    const page = await listDonations({});
    expect(page.rows.find((row) => row.id === donation.id)).toMatchObject({
      paid: 5000,
      settlementCurrency: "usd",
      settlementNet: 2580 - 540,
    });
  });
});

describe("test money (decision 027)", () => {
  it("is kept out of the real-money tables and shown apart, and the list labels and filters it", async () => {
    const before = await getDashboardStats();
    const test = await paidDonation(null, false);
    const after = await getDashboardStats();
    expect(after.byCurrency).toEqual(before.byCurrency);
    expect(after.settlement).toEqual(before.settlement);
    const testEur = after.test.byCurrency.find((row) => row.currency === "EUR");
    expect(testEur?.gross).toBe(
      (before.test.byCurrency.find((row) => row.currency === "EUR")?.gross ?? 0) + 2500,
    );
    expect(after.test.settlement.find((row) => row.currency === "USD")?.net).toBeGreaterThan(0);

    const all = await listDonations({});
    expect(all.rows.find((row) => row.id === test.id)?.livemode).toBe(false);
    const live = await listDonations({ mode: "live" });
    expect(live.rows.some((row) => row.id === test.id)).toBe(false);
    expect(live.rows.length).toBeGreaterThan(0);
    const testOnly = await listDonations({ mode: "test" });
    expect(testOnly.rows.map((row) => row.id)).toContain(test.id);
    expect(testOnly.rows.every((row) => !row.livemode)).toBe(true);
  });
});

describe("the donations CSV export", () => {
  it("says which donations are real money and which are test money", async () => {
    const real = await paidDonation(null, true);
    const test = await paidDonation(null, false);
    const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(
      await new Response(exportDonationsCsv()).arrayBuffer(),
    );
    const [header, ...rows] = parseCsv(text);
    const column = header?.indexOf("mode") ?? -1;
    expect(column).toBeGreaterThan(0);
    const modeOf = (id: string) => rows.find((row) => row[0] === id)?.[column];
    expect(modeOf(real.id)).toBe("live");
    expect(modeOf(test.id)).toBe("test");
  });
});

describe("checkouts that ended unpaid", () => {
  it("are hidden from the list unless asked for, by their status or all at once", async () => {
    const ended = await Promise.all(
      (["EXPIRED", "FAILED", "CANCELLED"] as const).map((status) =>
        db.donation.create({
          data: { frequency: "ONE_TIME", status, amount: 500, currency: "usd", livemode: true },
        }),
      ),
    );
    const pending = await db.donation.create({
      data: { frequency: "ONE_TIME", amount: 500, currency: "usd", livemode: true },
    });
    const ids = (page: Awaited<ReturnType<typeof listDonations>>) => page.rows.map((row) => row.id);

    const byDefault = ids(await listDonations({}));
    expect(byDefault).toContain(pending.id);
    for (const donation of ended) expect(byDefault).not.toContain(donation.id);

    const shown = ids(await listDonations({ ended: "show" }));
    for (const donation of [...ended, pending]) expect(shown).toContain(donation.id);

    expect(ids(await listDonations({ status: "CANCELLED" }))).toEqual([ended[2]?.id]);
  });
});
