import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import pg from "pg";
import { env } from "../../lib/env";
import pledgeMessages from "../../messages/en/pledge.json" with { type: "json" };
import { e2eDatabaseUrl } from "../support/test-env";

const text = pledgeMessages.Pledge;
const thanks = pledgeMessages.PledgeThankYou;
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// The server under test refuses a form submitted sooner than this after it was shown.
const MINIMUM_WAIT_MS = env.PLEDGE_MIN_SUBMIT_SECONDS * 1000 + 300;

let pool: pg.Pool;

test.beforeAll(() => {
  pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
});

test.afterAll(async () => {
  await pool.end();
});

function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.org`;
}

async function rowsWithEmail(email: string): Promise<number> {
  const result = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM "Pledge" WHERE "email" = $1',
    [email],
  );
  return result.rows[0]?.n ?? 0;
}

async function countedPledges(): Promise<number> {
  const result = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Pledge" WHERE "status" = 'ACTIVE'`,
  );
  return result.rows[0]?.n ?? 0;
}

/** The home page's counter, once it shows the number of counted pledges in the database. */
async function settledHomeCount(page: Page): Promise<number> {
  let shown = -1;
  await expect
    .poll(
      async () => {
        await page.goto("/");
        shown = Number(
          await page
            .locator("[data-slot=campaign-actions] [data-pledge-count]")
            .getAttribute("data-pledge-count"),
        );
        return shown === (await countedPledges());
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toBe(true);
  return shown;
}

async function fillPledge(
  page: Page,
  values: { name: string; email: string; country: string; message?: string; wall?: boolean },
) {
  await page.getByLabel(text.displayNameLabel).fill(values.name);
  await page.getByLabel(text.emailLabel).fill(values.email);
  await page.getByLabel(text.countryLabel, { exact: true }).selectOption(values.country);
  if (values.message !== undefined) await page.getByLabel(text.messageLabel).fill(values.message);
  if (values.wall) await page.getByLabel(text.showOnWallLabel).check();
  await page.getByRole("checkbox", { name: /I agree that my pledge is stored/ }).check();
}

async function expectThankYou(page: Page, country: string) {
  // The only thing the address carries is the chosen country (for "Get help" there).
  await expect(page).toHaveURL(new RegExp(`/pledge/thank-you\\?country=${country}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(thanks.title);
}

test.describe("the pledge with JavaScript", () => {
  test("signs from the home page's call to action, and the home counter goes up by one", async ({
    page,
  }) => {
    const before = await settledHomeCount(page);
    const rowsBefore = await countedPledges();

    await page
      .locator("[data-slot=campaign-actions]")
      .getByRole("link", { name: pledgeMessages.SupporterCounter.cta })
      .click();
    await expect(page).toHaveURL(/\/pledge$/);
    const email = uniqueEmail("js-on");
    await fillPledge(page, { name: "Jo On", email, country: "KE" });
    await page.waitForTimeout(MINIMUM_WAIT_MS);
    await page.getByRole("button", { name: text.submit }).click();
    await expectThankYou(page, "KE");
    expect(await rowsWithEmail(email)).toBe(1);

    // The thank-you page already counts this pledge.
    const thankYouCount = Number(
      await page.locator("[data-pledge-count]").getAttribute("data-pledge-count"),
    );
    expect(thankYouCount).toBeGreaterThanOrEqual(before + 1);

    const after = await settledHomeCount(page);
    // Other test files may sign at the same time; whatever they added is in the database too.
    const signedByOthers = (await countedPledges()) - rowsBefore - 1;
    expect(after).toBe(before + 1 + signedByOthers);
  });

  test("shows errors beside the fields, focuses the first, and stores nothing", async ({
    page,
  }) => {
    await page.goto("/pledge");
    await page.getByLabel(text.emailLabel).fill("not-an-email");
    // The browser's language (en-US) preselects a country; leave it unchosen.
    await page.getByLabel(text.countryLabel, { exact: true }).selectOption("");
    await page.getByRole("button", { name: text.submit }).click();

    await expect(page.getByRole("alert").filter({ hasText: text.errorSummary })).toBeVisible();
    const name = page.getByLabel(text.displayNameLabel);
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription(new RegExp(text.errors.displayNameRequired));
    await expect(page.getByLabel(text.emailLabel)).toHaveAccessibleDescription(
      new RegExp(text.errors.emailInvalid),
    );
    await expect(page.getByText(text.errors.countryRequired)).toBeVisible();
    await expect(page.getByText(text.errors.consentRequired)).toBeVisible();
    await expect(page.getByLabel(text.emailLabel)).toHaveValue("not-an-email");
    expect(await rowsWithEmail("not-an-email")).toBe(0);

    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations).toEqual([]);
  });

  test("narrows the country list by search and picks the first match", async ({ page }) => {
    await page.goto("/pledge");
    await page.getByLabel(text.countrySearchLabel).fill("zeal");
    const select = page.getByLabel(text.countryLabel, { exact: true });
    await expect(select.locator("option")).toHaveText([text.countryPlaceholder, "New Zealand"]);
    await expect(select).toHaveValue("NZ");
  });

  test("finds a country by its other names, an exact abbreviation first", async ({ page }) => {
    await page.goto("/pledge");
    const search = page.getByLabel(text.countrySearchLabel);
    const select = page.getByLabel(text.countryLabel, { exact: true });
    for (const [query, code, first] of [
      ["UK", "GB", "United Kingdom"],
      ["Britain", "GB", "United Kingdom"],
      ["England", "GB", "United Kingdom"],
      ["Palestine", "PS", null],
      ["Kosovo", "XK", "Kosovo"],
      ["turkiye", "TR", null],
      ["Ukr", "UA", "Ukraine"],
    ] as const) {
      await search.fill(query);
      await expect(select, query).toHaveValue(code);
      if (first !== null) await expect(select.locator("option").nth(1), query).toHaveText(first);
    }
  });

  test("accepts the country the search chose, Kosovo included", async ({ page }) => {
    await page.goto("/pledge");
    const email = uniqueEmail("kosovo");
    await fillPledge(page, { name: "Arta", email, country: "US" });
    await page.getByLabel(text.countrySearchLabel).fill("Kosovo");
    await expect(page.getByLabel(text.countryLabel, { exact: true })).toHaveValue("XK");
    await page.waitForTimeout(MINIMUM_WAIT_MS);
    await page.getByRole("button", { name: text.submit }).click();
    await expectThankYou(page, "XK");
    const row = await pool.query<{ country: string }>(
      'SELECT "country" FROM "Pledge" WHERE "email" = $1',
      [email],
    );
    expect(row.rows).toEqual([{ country: "XK" }]);
  });

  test("can be signed with the keyboard alone", async ({ page }) => {
    await page.goto("/pledge");
    const email = uniqueEmail("keyboard");

    async function tabTo(target: Locator) {
      for (let presses = 0; presses < 60; presses += 1) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press("Tab");
      }
      await expect(target).toBeFocused();
    }

    await tabTo(page.getByLabel(text.displayNameLabel));
    await page.keyboard.type("Kay Board");
    await tabTo(page.getByLabel(text.emailLabel));
    await page.keyboard.type(email);
    await tabTo(page.getByLabel(text.countrySearchLabel));
    await page.keyboard.type("Norway");
    await tabTo(page.getByLabel(text.countryLabel, { exact: true }));
    await expect(page.getByLabel(text.countryLabel, { exact: true })).toHaveValue("NO");
    await tabTo(page.getByLabel(text.messageLabel));
    await page.keyboard.type("Typed without a mouse.");
    await tabTo(page.getByLabel(text.showOnWallLabel));
    await page.keyboard.press("Space");
    const consent = page.getByRole("checkbox", { name: /I agree that my pledge is stored/ });
    await tabTo(consent);
    await page.keyboard.press("Space");
    await expect(consent).toBeChecked();
    await page.waitForTimeout(MINIMUM_WAIT_MS);
    await tabTo(page.getByRole("button", { name: text.submit }));
    await page.keyboard.press("Enter");

    await expectThankYou(page, "NO");
    const row = await pool.query<{ country: string; showOnWall: boolean }>(
      'SELECT "country", "showOnWall" FROM "Pledge" WHERE "email" = $1',
      [email],
    );
    expect(row.rows).toEqual([{ country: "NO", showOnWall: true }]);
  });

  test("has no axe-core violations on the form and the thank-you page", async ({ page }) => {
    await page.goto("/pledge");
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
    await page.goto("/pledge/thank-you");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(thanks.title);
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  });

  test("offers plain share links and loads nothing from other sites", async ({ page }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("http://localhost")) foreign.push(request.url());
    });
    await page.goto("/pledge/thank-you");
    for (const name of ["Email", "WhatsApp", "X", "Facebook", "LinkedIn"]) {
      await expect(page.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
    }
    await expect(page.locator("[data-share=whatsapp]")).toHaveAttribute(
      "href",
      /^https:\/\/wa\.me\/\?text=/,
    );
    await expect(page.getByLabel(thanks.copyLinkLabel)).toHaveValue(/\/pledge$/);
    expect(foreign).toEqual([]);
  });
});

test.describe("the pledge without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signs with a plain form post and lands on the thank-you page", async ({ page }) => {
    await page.goto("/pledge");
    const email = uniqueEmail("js-off");
    await fillPledge(page, { name: "No Script", email, country: "CL", message: "Hola" });
    await page.waitForTimeout(MINIMUM_WAIT_MS);
    await page.getByRole("button", { name: text.submit }).click();
    await expectThankYou(page, "CL");
    const row = await pool.query<{ country: string; message: string; messageStatus: string }>(
      'SELECT "country", "message", "messageStatus" FROM "Pledge" WHERE "email" = $1',
      [email],
    );
    expect(row.rows).toEqual([{ country: "CL", message: "Hola", messageStatus: "PENDING" }]);
  });

  test("shows errors beside the fields after a plain form post, keeping what was typed", async ({
    page,
  }) => {
    await page.goto("/pledge");
    await page.getByLabel(text.displayNameLabel).fill("Kept Name");
    await page.getByLabel(text.emailLabel).fill("kept@");
    await page.getByRole("button", { name: text.submit }).click();
    await expect(page.getByText(text.errors.emailInvalid)).toBeVisible();
    await expect(page.getByText(text.errors.consentRequired)).toBeVisible();
    await expect(page.getByLabel(text.displayNameLabel)).toHaveValue("Kept Name");
    await expect(page.getByLabel(text.emailLabel)).toHaveValue("kept@");
  });
});

test("serves the public figures as CDN-cacheable JSON", async ({ request }) => {
  const response = await request.get("/api/stats");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toMatch(
    /public.*s-maxage=\d+.*stale-while-revalidate/,
  );
  const body = (await response.json()) as Record<string, unknown>;
  expect(typeof body.pledges).toBe("number");
  expect(body).toHaveProperty("pledgesByCountry");
  expect(body).not.toHaveProperty("email");
});
