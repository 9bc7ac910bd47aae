import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import pledgeMessages from "../../messages/en/pledge.json" with { type: "json" };
import { e2eDatabaseUrl } from "../support/test-env";

let client: PrismaClient;

test.beforeAll(() => {
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
});

test.afterAll(async () => {
  await client.$disconnect();
});

/** Signs through the public JSON API, with a form token old enough to be accepted. */
async function signViaApi(
  request: APIRequestContext,
  pledges: Array<{ displayName: string; showOnWall: boolean; message: string }>,
): Promise<string[]> {
  const tokenResponse = await request.get("/api/pledges");
  const { formToken, minimumSeconds } = (await tokenResponse.json()) as {
    formToken: string;
    minimumSeconds: number;
  };
  await new Promise((resolve) => setTimeout(resolve, minimumSeconds * 1000 + 300));
  const emails: string[] = [];
  for (const pledge of pledges) {
    const email = `wall-${randomBytes(5).toString("hex")}@example.org`;
    const response = await request.post("/api/pledges", {
      data: { ...pledge, email, country: "JM", consent: true, formToken },
    });
    expect(response.status()).toBe(201);
    emails.push(email);
  }
  return emails;
}

test("shows an opted-in supporter at once, the message only once approved, and never one who did not opt in", async ({
  page,
  request,
}) => {
  const tag = randomBytes(3).toString("hex");
  const shown = {
    displayName: `Shown ${tag}`,
    showOnWall: true,
    message: `Freedom for all ${tag}`,
  };
  const hidden = { displayName: `Hidden ${tag}`, showOnWall: false, message: "" };
  const [shownEmail] = await signViaApi(request, [shown, hidden]);

  await page.goto("/supporters");
  const card = page.getByRole("listitem").filter({ hasText: shown.displayName });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Jamaica");
  await expect(card).not.toContainText(shown.message);
  await expect(page.getByText(hidden.displayName)).toHaveCount(0);
  await expect(page.getByText(/@example\.org/)).toHaveCount(0);

  const row = await client.pledge.findUniqueOrThrow({ where: { email: shownEmail } });
  // Imported here, in the worker: server modules need the react-server condition the config gives
  // workers, not the runner that lists the tests.
  const { approvePledgeMessage } = await import("../../lib/pledges/moderate-pledge-message");
  expect((await approvePledgeMessage(row.id, { client })).changed).toBe(true);

  await page.reload();
  await expect(card).toContainText(shown.message);
  await expect(page.getByText(hidden.displayName)).toHaveCount(0);

  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations).toEqual([]);
});

test("is reachable from the header and explains moderation", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation")
    .first()
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
