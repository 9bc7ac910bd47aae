import { randomBytes } from "node:crypto";
import adminMessages from "../../messages/en/admin.json" with { type: "json" };
import pledgeMessages from "../../messages/en/pledge.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { gotoUntil } from "../support/cached-page";
import { giveThroughForm } from "../support/e2e-donate";
import { expect, test } from "./fixtures";

test("shows an opted-in supporter, the message only once approved, and never one who did not opt in", async ({
  page,
  signPledges,
}) => {
  const tag = randomBytes(3).toString("hex");
  const shown = {
    displayName: `Shown ${tag}`,
    showOnWall: true,
    message: `Freedom for all ${tag}`,
  };
  const hidden = { displayName: `Hidden ${tag}`, showOnWall: false, message: "" };
  const [signed] = await signPledges(
    [shown, hidden].map((pledge) => ({ ...pledge, country: "JM" })),
    "wall",
  );

  const card = page.getByRole("listitem").filter({ hasText: shown.displayName });
  await gotoUntil(page, "/supporters", () => expect(card).toBeVisible({ timeout: 1000 }));
  await expect(card).toContainText("Jamaica");
  await expect(card).not.toContainText(shown.message);
  await expect(page.getByText(hidden.displayName)).toHaveCount(0);
  await expect(page.getByText(/@example\.org/)).toHaveCount(0);

  // Imported here, in the worker: server modules need the react-server condition the config gives
  // workers, not the runner that lists the tests.
  const { approvePledgeMessage } = await import("../../lib/pledges/moderate-pledge-message");
  expect((await approvePledgeMessage(signed?.id ?? "")).changed).toBe(true);

  await gotoUntil(page, "/supporters", () =>
    expect(card).toContainText(shown.message, { timeout: 1000 }),
  );
  await expect(page.getByText(hidden.displayName)).toHaveCount(0);

  await expectNoAxeViolations(page);
});

test("is reachable from the header and explains moderation", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: pledgeMessages.PledgeNav.supporters })
    .click();
  await expect(page).toHaveURL(/\/supporters$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pledgeMessages.Supporters.title);
  await expect(page.getByText(pledgeMessages.Supporters.moderationNote)).toBeVisible();
});

test("ignores a cursor that is not one", async ({ page }) => {
  const response = await page.goto("/supporters/older?cursor=%27%3B%20DROP%20TABLE");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pledgeMessages.Supporters.title);
});

test.describe("donors on the wall", () => {
  const text = pledgeMessages.Supporters;

  test("shows a paid donor's name and message once staff approve them, never the amount, never an anonymous donor, and without JavaScript", async ({
    page,
    browser,
    db,
    signInAs,
  }) => {
    const tag = randomBytes(3).toString("hex");
    const named = { publicName: `Donor ${tag}`, message: `Every person is free ${tag}` };
    const unnamedMessage = `From someone who gave anonymously ${tag}`;
    const namedSession = await giveThroughForm(page, { amount: "$50", ...named });
    const unnamedSession = await giveThroughForm(page, { amount: "$50", message: unnamedMessage });
    const idOf = async (sessionId: string) =>
      (await db.donation.findUniqueOrThrow({ where: { stripeCheckoutSessionId: sessionId } })).id;
    const [namedId, unnamedId] = [await idOf(namedSession), await idOf(unnamedSession)];

    // Paid, but not read by anyone yet: nothing of either gift on the wall.
    await page.goto("/supporters");
    const donors = page.getByTestId("donor-list");
    await expect(donors.getByRole("heading", { level: 2 })).toHaveText(text.donorsHeading);
    await expect(donors).toContainText(text.donorsNote);
    await expect(page.getByText(named.publicName)).toHaveCount(0);
    await expect(page.getByText(named.message)).toHaveCount(0);

    // Staff approve both, on each donation's page.
    const { page: staff } = await signInAs("ADMIN");
    for (const id of [namedId, unnamedId]) {
      await staff.goto(`/admin/donations/${id}`);
      await staff.getByRole("button", { name: adminMessages.Admin.donations.approve }).click();
      await expect(staff.getByText(adminMessages.Admin.donations.approved)).toBeVisible();
    }

    const card = donors.getByRole("listitem").filter({ hasText: named.publicName });
    await gotoUntil(page, "/supporters", () =>
      expect(card).toContainText(named.message, { timeout: 1000 }),
    );
    // The name and the message, and nothing of the gift: no amount, no currency.
    await expect(card).toHaveText(
      new RegExp(String.raw`^\s*${named.publicName}\s*${named.message}\s*$`),
    );
    // An anonymous donor stays off the wall, approved message and all.
    await expect(page.getByText(unnamedMessage)).toHaveCount(0);
    await expect(page.locator(`[data-donor-id="${unnamedId}"]`)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The same page, served and read without JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto("/supporters");
    const plainCard = noScript
      .getByTestId("donor-list")
      .getByRole("listitem")
      .filter({ hasText: named.publicName });
    await expect(plainCard).toContainText(named.message);
    await expect(noScript.getByText(unnamedMessage)).toHaveCount(0);
    await context.close();
  });

  test("ignores a donors cursor that is not one, and keeps the pledge list's", async ({ page }) => {
    const response = await page.goto("/supporters/older?donors=%27%3B%20DROP%20TABLE&cursor=nope");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("donor-list").getByRole("heading", { level: 2 })).toHaveText(
      text.donorsHeading,
    );
  });
});
