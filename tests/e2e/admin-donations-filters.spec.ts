// Staff see checkouts that ended unpaid only when they ask, and test money apart, labelled "Test"
// (docs/decisions/027-donors-and-test-money.md), in a real browser against the production server.
import { randomBytes } from "node:crypto";
import adminMessages from "../../messages/en/admin.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "./fixtures";

const text = adminMessages.Admin;

test("the donations list hides ended checkouts until asked, and labels and filters test money", async ({
  db,
  signInAs,
}) => {
  const tag = randomBytes(3).toString("hex");
  const gift = (name: string, status: "PAID" | "EXPIRED" | "CANCELLED", livemode: boolean) =>
    db.donation.create({
      data: {
        frequency: "ONE_TIME",
        status,
        amount: 2500,
        currency: "usd",
        publicName: `${name} ${tag}`,
        livemode,
      },
    });
  await gift("Ann (expired)", "EXPIRED", true);
  await gift("Ben (cancelled)", "CANCELLED", false);
  await gift("Cy (test)", "PAID", false);
  await gift("Di (real)", "PAID", true);

  const { page } = await signInAs("ADMIN");
  await page.goto("/admin/donations");
  const list = page.getByRole("table", { name: text.donations.caption });
  const row = (name: string) => list.getByRole("row").filter({ hasText: `${name} ${tag}` });

  await expect(row("Di (real)")).toBeVisible();
  await expect(row("Di (real)").getByTestId("test-label")).toHaveCount(0);
  await expect(row("Cy (test)").getByTestId("test-label")).toHaveText(text.common.test);
  await expect(row("Ann (expired)")).toHaveCount(0);
  await expect(row("Ben (cancelled)")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel(text.donations.filterEnded).selectOption("show");
  await page.getByRole("button", { name: text.common.apply }).click();
  await expect(page).toHaveURL(/ended=show/);
  await expect(row("Ann (expired)")).toBeVisible();
  await expect(row("Ben (cancelled)")).toBeVisible();
  // The status column (after the name, the amount and the frequency).
  await expect(row("Ben (cancelled)").getByRole("cell").nth(3)).toContainText(
    `${text.donationStatus.CANCELLED}${text.common.test}`,
  );

  await page.getByLabel(text.donations.filterMode).selectOption("live");
  await page.getByRole("button", { name: text.common.apply }).click();
  await expect(row("Di (real)")).toBeVisible();
  await expect(row("Ann (expired)")).toBeVisible();
  await expect(row("Cy (test)")).toHaveCount(0);
  await expect(row("Ben (cancelled)")).toHaveCount(0);
});

test("the dashboard shows test money apart from the real money", async ({ db, signInAs }) => {
  const donation = await db.donation.create({
    data: { frequency: "ONE_TIME", status: "PAID", amount: 700, currency: "usd", livemode: false },
  });
  await db.donationPayment.create({
    data: {
      donationId: donation.id,
      stripePaymentIntentId: `pi_e2e_${donation.id}`,
      stripeChargeId: `ch_e2e_${donation.id}`,
      amount: 700,
      currency: "usd",
      settlementAmount: 700,
      settlementFee: 50,
      settlementNet: 650,
      settlementCurrency: "usd",
      paidAt: new Date(),
      livemode: false,
    },
  });
  const { page } = await signInAs("ADMIN");
  await page.goto("/admin");
  const section = page.getByRole("region", { name: text.dashboard.testMoneyTitle });
  await expect(section).toBeVisible();
  await expect(
    section.getByRole("table", { name: text.dashboard.testMoneyCaption }).getByTestId("test-label"),
  ).not.toHaveCount(0);
  await expectNoAxeViolations(page);
});
