// Money on staff screens, through one formatter (lib/money/format-money.ts): a zero-decimal gift is
// shown in whole yen, although the dashboard's SQL upper-cases the currency ("JPY", not "jpy").
import adminMessages from "../../messages/en/admin.json" with { type: "json" };
import { giveThroughForm } from "../support/e2e-donate";
import { expect, test } from "./fixtures";

test("the dashboard and the donation's page show a JPY 3,000 gift as ¥3,000", async ({
  page,
  db,
  signInAs,
}) => {
  const sessionId = await giveThroughForm(page, { currency: "jpy", amount: "¥3,000" });
  const donation = await db.donation.findUniqueOrThrow({
    where: { stripeCheckoutSessionId: sessionId },
    include: { payments: true },
  });
  expect(donation).toMatchObject({ status: "PAID", amount: 3000, currency: "jpy" });

  const { page: staff } = await signInAs("ADMIN");
  await staff.goto(`/admin/donations/${donation.id}`);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(
    adminMessages.Admin.donations.detailTitle.replace("{amount}", "¥3,000"),
  );

  // No other browser test gives in yen, but a re-run on the same database adds to the total: the
  // dashboard's JPY gross is every JPY payment, written here without the app's formatter.
  const payments = await db.donationPayment.aggregate({
    where: { currency: { in: ["jpy", "JPY"] }, livemode: false },
    _sum: { amount: true },
  });
  const gross = payments._sum.amount ?? 0;
  expect(gross).toBeGreaterThanOrEqual(3000);
  await staff.goto("/admin");
  // The browser tests pay through the emulator: test money, in the dashboard's own table for it
  // (decision 027), formatted like real money.
  const money = staff.getByRole("table", {
    name: adminMessages.Admin.dashboard.testMoneyCaption,
  });
  const jpy = money.getByRole("row").filter({ has: staff.getByRole("rowheader", { name: "JPY" }) });
  await expect(jpy.getByRole("cell").first()).toHaveText(`¥${gross.toLocaleString("en-US")}`);
});
