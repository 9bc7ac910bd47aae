// "Manage my monthly gift" in a real browser (docs/decisions/029-manage-monthly-gift.md): a monthly
// gift paid with 4242 on the emulator's checkout page, the success page's one manage link, the
// emulator's hosted customer portal, a cancel there, back to the site, and staff seeing the gift
// ending. The manage page's form answers the same for any address, without JavaScript too.
import type { Page } from "@playwright/test";
import donateMessages from "../../messages/en/donate.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "./fixtures";

const success = donateMessages.DonateSuccess;
const manage = donateMessages.DonateManage;

async function payMonthlyGift(page: Page, email: string): Promise<string> {
  await page.goto("/donate");
  await page.getByRole("radio", { name: "Every month" }).check();
  await page.getByRole("radio", { name: "$10 a month", exact: true }).check();
  await page.getByRole("button", { name: "Donate $10 every month" }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  const sessionId = /\/checkout\/(cs_[A-Za-z0-9_]+)/.exec(page.url())?.[1] ?? "";
  await page.locator("#card-email").fill(email);
  await page.locator("#card-number").fill("4242424242424242");
  await page.locator("#card-expiry").fill("12 / 34");
  await page.locator("#card-cvc").fill("123");
  await page.locator("#card-name").fill("Ada Donor");
  await page
    .locator("form", { has: page.locator("#card-number") })
    .getByRole("button")
    .click();
  await expect(page).toHaveURL(/\/donate\/success\?session_id=cs_/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(success.paidTitle);
  return sessionId;
}

test("a monthly donor cancels in the portal from the success page's link, and staff see the gift ending", async ({
  page,
  db,
  signInAs,
}, testInfo) => {
  const sessionId = await payMonthlyGift(page, "manage-e2e@example.org");
  const successUrl = page.url();
  const link = page.getByTestId("manage-link");
  await expect(link).toHaveText(success.manageLink);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("success-manage-link.png"), fullPage: true });

  await link.click();
  await expect(page).toHaveURL(/\/billing_portal\/session\/bps_/);
  await expect(page.getByTestId("portal-subscription-state")).toContainText("Renews on");
  await page.getByRole("button", { name: "Cancel subscription" }).click();
  await expect(page.getByTestId("portal-subscription-state")).toContainText("Cancels on");
  await page.screenshot({ path: testInfo.outputPath("emulator-portal.png"), fullPage: true });

  await page.getByTestId("portal-return").click();
  await expect(page).toHaveURL(/\/en\/donate\/manage\?from=portal$/);
  await expect(page.getByTestId("manage-back-from-portal")).toHaveText(manage.backFromPortal);

  // The webhook (customer.subscription.updated) brings the donation to Stripe's state.
  const donation = await db.donation.findUniqueOrThrow({
    where: { stripeCheckoutSessionId: sessionId },
  });
  await expect
    .poll(
      async () =>
        (await db.donation.findUniqueOrThrow({ where: { id: donation.id } })).cancelAtPeriodEnd,
      { timeout: 15_000 },
    )
    .toBe(true);

  const { page: staffPage } = await signInAs("ADMIN");
  await staffPage.goto(`/admin/donations/${donation.id}`);
  await expect(staffPage.getByTestId("monthly-state")).toContainText("Ending on");
  await expect(staffPage.getByTestId("monthly-state")).toContainText("stopped by the donor");

  // The link was shown once: the success page again points to the manage page instead.
  await page.goto(successUrl);
  await expect(page.getByTestId("manage-link")).toHaveCount(0);
  await expect(page.getByText(success.manageLater)).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the manage form answers the same for an address with a gift and one without", async ({
    page,
  }) => {
    await page.goto("/donate/manage");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(manage.title);
    // No email is sent yet (the email issue adds sending): the page says so and where to go.
    await expect(page.getByTestId("manage-email-notice")).toHaveText(manage.emailNotice);
    await page.getByLabel(manage.emailLabel).fill("nobody-at-all@example.org");
    await page.getByRole("button", { name: manage.submit }).click();
    const sent = page.getByTestId("manage-sent");
    await expect(sent).toContainText(manage.sentHeading);
    const answerForNobody = await sent.textContent();

    await page.goto("/donate/manage");
    await page.getByLabel(manage.emailLabel).fill("manage-e2e@example.org");
    await page.getByRole("button", { name: manage.submit }).click();
    await expect(page.getByTestId("manage-sent")).toBeVisible();
    expect(await page.getByTestId("manage-sent").textContent()).toBe(answerForNobody);

    await page.goto("/donate/manage");
    await page.getByLabel(manage.emailLabel).fill("not an email");
    await page.getByRole("button", { name: manage.submit }).click();
    await expect(page.getByText(manage.errors.emailInvalid)).toBeVisible();
  });

  test("a link that does not work comes back to the manage page, which says so", async ({
    page,
  }) => {
    await page.goto(`/en/donate/manage/open?token=${"A".repeat(43)}`);
    await expect(page).toHaveURL(/\/en\/donate\/manage\?link=invalid$/);
    await expect(page.getByTestId("manage-link-problem")).toHaveText(manage.link.invalid);
  });
});

for (const width of [320, 1280]) {
  for (const locale of ["en", "ar"]) {
    test(`the manage page at ${width} px in ${locale}: no sideways scroll`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/donate/manage?from=portal`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      // At 320 px the site's language switcher (every page's) is below axe's 24 px target size.
      if (width >= 1280) await expectNoAxeViolations(page);
      await page.screenshot({
        path: testInfo.outputPath(`manage-${locale}-${width}.png`),
        fullPage: true,
      });
    });
  }
}
