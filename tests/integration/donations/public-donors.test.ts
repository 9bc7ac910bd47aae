// The donors the supporter wall shows (lib/donations/list-public-donors.ts), with gifts made
// through the app's checkout against the emulator: a donor appears once paid and approved, with the
// name and message only, and never when anonymous, unpaid, rejected, disputed or refunded in full.
import { onlyEvent, payOnHostedPage } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

// The app's modules read the environment when first imported: after the testbed has pointed it
// at the emulator (the `app` fixture), as tests/support/integration-test.ts does.
let listPublicDonors: typeof import("@/lib/donations/list-public-donors").listPublicDonors;
let moderateDonationMessage: typeof import("@/lib/admin/moderate-donation-message").moderateDonationMessage;
let makeStaff: typeof import("@/tests/support/admin-staff").makeStaff;

test.beforeEach(async ({ app }) => {
  ({ listPublicDonors } = await import("@/lib/donations/list-public-donors"));
  ({ moderateDonationMessage } = await import("@/lib/admin/moderate-donation-message"));
  ({ makeStaff } = await import("@/tests/support/admin-staff"));
  await app.reset();
});

const listedIds = async () => (await listPublicDonors()).donors.map((donor) => donor.id);

describe("public donors", () => {
  test("shows a paid donor's name and message only once staff approve them, and nothing else of the gift", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const admin = await makeStaff("ADMIN");
    const { donationId, sessionId } = await startGift({
      preset: "usd:10000",
      visibility: "name",
      publicName: "Ada Lovelace",
      message: "For everyone still trapped",
    });
    expect(await listedIds()).toEqual([]);

    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    expect((await db.donation.findUniqueOrThrow({ where: { id: donationId } })).status).toBe(
      "PAID",
    );
    // Paid, but nobody has read it yet.
    expect(await listedIds()).toEqual([]);

    expect(await moderateDonationMessage(donationId, "approve", admin)).toEqual({ changed: true });
    const page = await listPublicDonors();
    expect(page).toEqual({
      donors: [{ id: donationId, name: "Ada Lovelace", message: "For everyone still trapped" }],
      nextCursor: null,
    });
  });

  test("reviews a public name given without a message, and shows it once approved", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const admin = await makeStaff("ADMIN");
    const { donationId, sessionId } = await startGift({ visibility: "name", publicName: "Grace" });
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation).toMatchObject({
      publicName: "Grace",
      message: null,
      messageStatus: "PENDING",
    });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    expect(await listedIds()).toEqual([]);

    await moderateDonationMessage(donationId, "approve", admin);
    expect((await listPublicDonors()).donors).toEqual([
      { id: donationId, name: "Grace", message: null },
    ]);
  });

  test("never shows an anonymous donor, even with an approved message", async ({
    testbed,
    deliver,
    startGift,
  }) => {
    const admin = await makeStaff("ADMIN");
    const { donationId, sessionId } = await startGift({
      visibility: "anonymous",
      publicName: "Not to be shown",
      message: "A message from someone who gave anonymously",
    });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    expect(await moderateDonationMessage(donationId, "approve", admin)).toEqual({ changed: true });
    expect(await listedIds()).toEqual([]);
  });

  test("never shows an approved donor who has not paid, or one staff rejected", async ({
    testbed,
    deliver,
    startGift,
  }) => {
    const admin = await makeStaff("ADMIN");
    const unpaid = await startGift({ visibility: "name", publicName: "Not paid yet" });
    await moderateDonationMessage(unpaid.donationId, "approve", admin);

    const rejected = await startGift({
      visibility: "name",
      publicName: "Rejected",
      message: "Something staff would not publish",
    });
    await payOnHostedPage(testbed.emulator, rejected.sessionId, { card: "4242424242424242" });
    expect(await deliver(onlyEvent(testbed.emulator, "checkout.session.completed"))).toBe(200);
    await moderateDonationMessage(rejected.donationId, "reject", admin);

    expect(await listedIds()).toEqual([]);
  });

  test("keeps a partly refunded donor, and takes out one refunded in full or disputed", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const admin = await makeStaff("ADMIN");
    const gifts = [];
    for (const name of ["Partly refunded", "Fully refunded", "Disputed"]) {
      const gift = await startGift({ preset: "usd:5000", visibility: "name", publicName: name });
      await payOnHostedPage(testbed.emulator, gift.sessionId, { card: "4242424242424242" });
      await moderateDonationMessage(gift.donationId, "approve", admin);
      gifts.push(gift);
    }
    for (const json of testbed.emulator
      .events()
      .filter((event) => event.type === "checkout.session.completed")
      .map((event) => event.json)) {
      expect(await deliver(json)).toBe(200);
    }
    const [partly, fully, disputed] = gifts.map((gift) => gift.donationId);
    // Newest first.
    expect(await listedIds()).toEqual([disputed, fully, partly]);

    const chargeOf = async (donationId: string | undefined) =>
      (await db.donationPayment.findFirstOrThrow({ where: { donationId } })).stripeChargeId;
    await testbed.stripe.refunds.create({ charge: await chargeOf(partly), amount: 1000 });
    await testbed.stripe.refunds.create({ charge: await chargeOf(fully) });
    testbed.emulator.openDispute(await chargeOf(disputed));
    for (const json of testbed.emulator
      .events()
      .filter(
        (event) => event.type === "charge.refunded" || event.type === "charge.dispute.created",
      )
      .map((event) => event.json)) {
      expect(await deliver(json)).toBe(200);
    }

    expect(await listedIds()).toEqual([partly]);
  });

  test("pages from the newest to the oldest without repeating anyone", async ({
    app: { db },
    testbed,
    deliver,
    startGift,
  }) => {
    const admin = await makeStaff("ADMIN");
    const ids: string[] = [];
    for (const name of ["First", "Second", "Third"]) {
      const gift = await startGift({ visibility: "name", publicName: name });
      await payOnHostedPage(testbed.emulator, gift.sessionId, { card: "4242424242424242" });
      await moderateDonationMessage(gift.donationId, "approve", admin);
      ids.push(gift.donationId);
    }
    for (const event of testbed.emulator.events()) {
      if (event.type === "checkout.session.completed") expect(await deliver(event.json)).toBe(200);
    }
    expect(await db.donation.count({ where: { status: "PAID" } })).toBe(3);

    const first = await listPublicDonors({ limit: 2 });
    expect(first.donors.map((donor) => donor.name)).toEqual(["Third", "Second"]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listPublicDonors({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second).toEqual({
      donors: [{ id: ids[0], name: "First", message: null }],
      nextCursor: null,
    });
  });
});
