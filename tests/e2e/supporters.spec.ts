import { randomBytes } from "node:crypto";
import pledgeMessages from "../../messages/en/pledge.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "./fixtures";

test("shows an opted-in supporter at once, the message only once approved, and never one who did not opt in", async ({
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

  await page.goto("/supporters");
  const card = page.getByRole("listitem").filter({ hasText: shown.displayName });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Jamaica");
  await expect(card).not.toContainText(shown.message);
  await expect(page.getByText(hidden.displayName)).toHaveCount(0);
  await expect(page.getByText(/@example\.org/)).toHaveCount(0);

  // Imported here, in the worker: server modules need the react-server condition the config gives
  // workers, not the runner that lists the tests.
  const { approvePledgeMessage } = await import("../../lib/pledges/moderate-pledge-message");
  expect((await approvePledgeMessage(signed?.id ?? "")).changed).toBe(true);

  await page.reload();
  await expect(card).toContainText(shown.message);
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
  const response = await page.goto("/supporters?cursor=%27%3B%20DROP%20TABLE");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pledgeMessages.Supporters.title);
});
