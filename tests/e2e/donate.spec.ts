// Donations in a real browser, through the offline Stripe emulator's hosted checkout page (the
// server under test runs it: STRIPE_EMULATOR=true, see playwright.config.ts).
import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import donateMessages from "../../messages/en/donate.json" with { type: "json" };
import frDonateMessages from "../../messages/fr/donate.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { e2eDatabaseUrl, testEnv } from "../support/test-env";

const text = donateMessages.DonateSuccess;
let pool: pg.Pool;

test.beforeAll(() => {
  pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
});

test.afterAll(async () => {
  await pool.end();
});

async function totals(page: Page): Promise<{ donors: number; raised: number }> {
  const donors = await page.getByTestId("donation-donors").getAttribute("data-donors");
  const raised = await page.getByTestId("donation-raised").getAttribute("data-raised");
  return { donors: Number(donors), raised: Number(raised) };
}

/** Picks an amount, goes to the hosted checkout page and returns its session id. */
async function startCheckout(page: Page, amount: string, button: string): Promise<string> {
  await page.getByRole("radio", { name: amount, exact: true }).check();
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  return sessionIdOf(page);
}

/** Back on the site after paying: the thank-you page. */
async function expectThanked(page: Page) {
  await expect(page).toHaveURL(/\/donate\/success\?session_id=cs_/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.paidTitle);
}

/**
 * Fills the emulator's card form and pays, as a donor would: a new donor each time, since "donors"
 * counts people by email (docs/decisions/027-donors-and-test-money.md).
 */
async function payByCard(page: Page, cardNumber: string) {
  await page.locator("#card-email").fill(`donor-${randomBytes(4).toString("hex")}@example.org`);
  await page.locator("#card-number").fill(cardNumber);
  await page.locator("#card-expiry").fill("12 / 34");
  await page.locator("#card-cvc").fill("123");
  await page.locator("#card-name").fill("Ada Donor");
  await page
    .locator("form", { has: page.locator("#card-number") })
    .getByRole("button")
    .click();
}

function sessionIdOf(page: Page): string {
  const match = /\/checkout\/(cs_[A-Za-z0-9_]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a checkout page: ${page.url()}`);
  return match[1];
}

async function donationOfSession(sessionId: string) {
  const result = await pool.query<{ status: string; frequency: string; payments: number }>(
    `SELECT d."status", d."frequency", COUNT(p."id")::int AS "payments"
       FROM "Donation" d LEFT JOIN "DonationPayment" p ON p."donationId" = d."id"
      WHERE d."stripeCheckoutSessionId" = $1 GROUP BY d."id"`,
    [sessionId],
  );
  return result.rows[0];
}

test("the donate page shows the test-mode banner, the statement by the button and no axe violations", async ({
  page,
}) => {
  await page.goto("/donate");
  await expect(page.getByTestId("test-mode-banner")).toBeVisible();
  await expect(page.getByTestId("donation-statement")).toContainText("passes it on to");
  await expect(page.getByRole("button", { name: "Donate $25" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a one-time gift with 4242 raises the counter", async ({ page }) => {
  await page.goto("/donate");
  const before = await totals(page);
  const sessionId = await startCheckout(page, "$50", "Donate $50");
  await payByCard(page, "4242424242424242");

  await expectThanked(page);
  await expect(page.getByTestId("donation-outcome")).toHaveAttribute("data-state", "paid");
  await expectNoAxeViolations(page);
  expect(await donationOfSession(sessionId)).toMatchObject({ status: "PAID", payments: 1 });

  // The public figures are cached for a few seconds: reload until the gift shows.
  await expect(async () => {
    await page.goto("/donate");
    const after = await totals(page);
    expect(after.donors).toBeGreaterThanOrEqual(before.donors + 1);
    expect(after.raised).toBeGreaterThanOrEqual(before.raised + 5000);
  }).toPass({ timeout: 20_000 });
});

test("a declined card shows Stripe's decline and records no donation", async ({ page }) => {
  await page.goto("/donate");
  const sessionId = await startCheckout(page, "$10", "Donate $10");
  await payByCard(page, "4000000000000002");

  await expect(page.getByText("Your card was declined.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  expect(await donationOfSession(sessionId)).toMatchObject({ status: "PENDING", payments: 0 });
});

test("a checkout that expired unpaid ends as such on the thank-you page, nothing charged", async ({
  page,
}) => {
  await page.goto("/donate");
  const sessionId = await startCheckout(page, "$10", "Donate $10");
  // The donor walks away; Stripe expires the session (here: asked to, as the sweep does).
  const emulator = `http://localhost:${testEnv().E2E_PORT + 9031}`;
  const expired = await fetch(`${emulator}/v1/checkout/sessions/${sessionId}/expire`, {
    method: "POST",
    headers: { authorization: "Bearer sk_test_browser_tests" },
  });
  expect(expired.status).toBe(200);
  await page.goto(`/en/donate/success?session_id=${sessionId}`);
  const outcome = page.getByTestId("donation-outcome");
  await expect(outcome).toHaveAttribute("data-state", "ended");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.endedTitle);
  await expect.poll(async () => (await donationOfSession(sessionId))?.status).toBe("EXPIRED");
});

test("cancel on the payment page returns to the form with every choice kept", async ({ page }) => {
  await page.goto("/donate");
  await page.getByRole("radio", { name: "Every month" }).check();
  await page.getByLabel("Currency").selectOption("eur");
  await page.getByRole("radio", { name: "Other amount", exact: true }).check();
  await page.getByLabel("Other amount in EUR").fill("12.34");
  await page.getByRole("radio", { name: "Show my name" }).check();
  await page.getByLabel("Name to show").fill("Ada");
  await page.getByLabel("Public message (optional)").fill("For every survivor");
  await page.getByLabel("In honour of (optional)").fill("My grandmother");
  await page.getByRole("button", { name: "Donate €12.34 every month" }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_/);

  await page.getByRole("link", { name: "Cancel and return to the site" }).click();

  await expect(page).toHaveURL(/\/donate\/cancelled\?donation=/);
  await expect(page.getByText(donateMessages.Donate.cancelled)).toBeVisible();
  await expect(page.getByRole("radio", { name: "Every month" })).toBeChecked();
  await expect(page.getByLabel("Currency")).toHaveValue("eur");
  await expect(page.getByRole("radio", { name: "Other amount", exact: true })).toBeChecked();
  await expect(page.getByLabel("Other amount in EUR")).toHaveValue("12.34");
  await expect(page.getByRole("radio", { name: "Show my name" })).toBeChecked();
  await expect(page.getByLabel("Name to show")).toHaveValue("Ada");
  await expect(page.getByLabel("Public message (optional)")).toHaveValue("For every survivor");
  await expect(page.getByLabel("In honour of (optional)")).toHaveValue("My grandmother");
  await expectNoAxeViolations(page);
});

test("a monthly gift subscribes and records its first payment", async ({ page }) => {
  await page.goto("/donate");
  await page.getByRole("radio", { name: "Every month" }).check();
  const sessionId = await startCheckout(page, "$10 a month", "Donate $10 every month");
  await payByCard(page, "4242424242424242");

  await expectThanked(page);
  await expect(page.getByText("first payment of your monthly gift")).toBeVisible();
  expect(await donationOfSession(sessionId)).toMatchObject({
    status: "PAID",
    frequency: "MONTHLY",
    payments: 1,
  });
});

test("an amount below the minimum is refused on the form, before any payment page", async ({
  page,
}) => {
  await page.goto("/donate");
  await page.getByRole("radio", { name: "Other amount", exact: true }).check();
  await page.getByLabel("Other amount in USD").fill("0.20");
  await page.getByRole("button", { name: "Donate $0.20" }).click();
  await expect(page.getByText("The smallest gift is $0.50.")).toBeVisible();
  await expect(page).toHaveURL(/\/donate$/);
  await expect(page.getByLabel("Other amount in USD")).toHaveAttribute("aria-invalid", "true");
});

/** The Donation row of a checkout: what Stripe charges and the donor's card-fee choice. */
async function coverChoiceOfSession(sessionId: string) {
  const result = await pool.query<{ amount: number; coversFees: boolean; coveredFee: number }>(
    `SELECT "amount", "coversFees", "coveredFee" FROM "Donation" WHERE "stripeCheckoutSessionId" = $1`,
    [sessionId],
  );
  return result.rows[0];
}

const coverFeesLabel = donateMessages.Donate.coverFeesLabel;

test("covering the card fee shows the total as the donor chooses, and Checkout charges it", async ({
  page,
}) => {
  await page.goto("/donate");
  const cover = page.getByRole("checkbox", { name: coverFeesLabel });
  await expect(cover).not.toBeChecked();
  await expect(page.getByTestId("cover-fees-total")).toBeEmpty();

  await cover.check();
  // USD 25 at 2.9% + $0.30: (25 + 0.30) / 0.971 = 26.06, of which Stripe keeps 1.06.
  await expect(page.getByTestId("cover-fees-total")).toHaveText(
    "You pay $26.06, of which $25 goes to the fund and $1.06 covers the card fee.",
  );
  await page.getByRole("radio", { name: "$50", exact: true }).check();
  await expect(page.getByTestId("cover-fees-total")).toContainText("You pay $51.80");
  await page.getByRole("radio", { name: "$25", exact: true }).check();
  // From the top: scrolled to the amounts, the sticky quick-exit bar lies over the radios above
  // them, which axe's target-size rule counts as covered targets.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Donate $26.06" }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  await expect(page.locator(".amount")).toHaveText("$26.06");
  expect(await coverChoiceOfSession(sessionIdOf(page))).toEqual({
    amount: 2606,
    coversFees: true,
    coveredFee: 106,
  });
});

/**
 * "Other amount" shows only once "Other amount" is chosen, "Name to show" only with "Show my name"
 * (in CSS, so the same with JavaScript off: app/globals.css).
 */
async function expectFieldsFollowChoices(page: Page, t: typeof donateMessages.Donate) {
  const otherAmount = page.getByLabel(t.customAmountLabel.replace("{currency}", "USD"));
  const nameToShow = page.getByLabel(t.publicNameLabel, { exact: true });
  await expect(otherAmount).toBeHidden();
  await expect(nameToShow).toBeHidden();
  await page.getByRole("radio", { name: t.customAmountOption, exact: true }).check();
  await expect(otherAmount).toBeVisible();
  await page.getByRole("radio", { name: t.visibilityName, exact: true }).check();
  await expect(nameToShow).toBeVisible();
  await page.getByRole("radio", { name: t.visibilityAnonymous, exact: true }).check();
  await expect(nameToShow).toBeHidden();
  await page.getByRole("radio", { name: t.visibilityName, exact: true }).check();
  await nameToShow.fill("Ada");
  await otherAmount.fill("12,50");
}

test("the other amount and the name to show appear when chosen; 12,50 is 12.50", async ({
  page,
}) => {
  await page.goto("/fr/donate");
  await expectFieldsFollowChoices(page, frDonateMessages.Donate);
  await page.getByRole("button", { name: /^Donner 12,50/ }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  expect((await coverChoiceOfSession(sessionIdOf(page)))?.amount).toBe(1250);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the other amount and the name to show appear when chosen, and the gift goes through", async ({
    page,
  }) => {
    await page.goto("/fr/donate");
    await expectFieldsFollowChoices(page, frDonateMessages.Donate);
    await page.getByRole("button", { name: /^Donner/ }).click();
    await expect(page).toHaveURL(/\/checkout\/cs_/);
    expect((await coverChoiceOfSession(sessionIdOf(page)))?.amount).toBe(1250);
    const row = await pool.query<{ publicName: string | null }>(
      `SELECT "publicName" FROM "Donation" WHERE "stripeCheckoutSessionId" = $1`,
      [sessionIdOf(page)],
    );
    expect(row.rows[0]?.publicName).toBe("Ada");
  });

  test("the card-fee choice still works: the hint gives the rate and Stripe's page shows the total", async ({
    page,
  }) => {
    await page.goto("/donate");
    await expect(page.getByText("Stripe takes 2.9% plus $0.30 of a card payment")).toBeVisible();
    await page.getByRole("checkbox", { name: coverFeesLabel }).check();
    await page.getByRole("button", { name: "Donate $25" }).click();
    await expect(page).toHaveURL(/\/checkout\/cs_/);
    await expect(page.locator(".amount")).toHaveText("$26.06");
    expect(await coverChoiceOfSession(sessionIdOf(page))).toEqual({
      amount: 2606,
      coversFees: true,
      coveredFee: 106,
    });
  });

  test("a gift without the box ticked is charged as chosen", async ({ page }) => {
    await page.goto("/donate");
    await page.getByRole("button", { name: "Donate $25" }).click();
    await expect(page).toHaveURL(/\/checkout\/cs_/);
    await expect(page.locator(".amount")).toHaveText("$25.00");
    expect(await coverChoiceOfSession(sessionIdOf(page))).toEqual({
      amount: 2500,
      coversFees: false,
      coveredFee: 0,
    });
  });
});

test("cancel after covering the fee returns the gift as chosen, the box still ticked", async ({
  page,
}) => {
  await page.goto("/donate");
  await page.getByRole("radio", { name: "$10", exact: true }).check();
  await page.getByRole("checkbox", { name: coverFeesLabel }).check();
  // (10 + 0.30) / 0.971 = 10.61.
  await page.getByRole("button", { name: "Donate $10.61" }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  await page.getByRole("link", { name: "Cancel and return to the site" }).click();

  await expect(page).toHaveURL(/\/donate\/cancelled\?donation=/);
  await expect(page.getByRole("radio", { name: "$10", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: coverFeesLabel })).toBeChecked();
  await expect(page.getByRole("button", { name: "Donate $10.61" })).toBeVisible();
});
