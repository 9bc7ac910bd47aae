// "Get help" shows the visitor's country first (issue 13): the country the signer chose on the
// pledge form, passed through the thank-you page, or else the region of the browser's language.
import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { env } from "../../lib/env";
import pledgeMessages from "../../messages/en/pledge.json" with { type: "json" };
import safetyMessages from "../../messages/en/safety.json" with { type: "json" };
import esSafety from "../../messages/es/safety.json" with { type: "json" };
import frSafety from "../../messages/fr/safety.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";

const text = pledgeMessages.Pledge;
const help = safetyMessages.GetHelp;
const MINIMUM_WAIT_MS = env.PLEDGE_MIN_SUBMIT_SECONDS * 1000 + 300;

async function signPledge(page: Page, country: string) {
  await page.goto("/en/pledge");
  await page.getByLabel(text.displayNameLabel).fill("Help Seeker");
  await page
    .getByLabel(text.emailLabel)
    .fill(`get-help-${randomBytes(5).toString("hex")}@example.org`);
  await page.getByLabel(text.countryLabel, { exact: true }).selectOption(country);
  await page.getByRole("checkbox", { name: /I agree that my pledge is stored/ }).check();
  await page.waitForTimeout(MINIMUM_WAIT_MS);
  await page.getByRole("button", { name: text.submit }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    pledgeMessages.PledgeThankYou.title,
  );
}

/**
 * A page in a fresh context whose browser speaks `locale` (Playwright sends it as the
 * Accept-Language header, and as navigator.language), with script on or off.
 */
async function pageWith(browser: Browser, locale: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled, locale });
  return { context, page: await context.newPage() };
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test(`after signing ${mode}, the thank-you page's Get help link shows the chosen country first`, async ({
    browser,
  }) => {
    // The browser's language names another country: the choice on the form wins.
    const { context, page } = await pageWith(browser, "en-US", javaScriptEnabled);
    await signPledge(page, "GB");
    // The address carries the country and nothing of the signer's name or email.
    expect(new URL(page.url()).search).toBe("?country=GB");
    const link = page.getByRole("link", { name: pledgeMessages.PledgeThankYou.helpLink });
    await expect(link).toHaveAttribute("href", "/en/get-help?country=GB");
    await link.click();
    await expect(page).toHaveURL(/\/en\/get-help\?country=GB$/);
    const first = page.locator("[data-country]").first();
    await expect(first).toHaveAttribute("data-country", "GB");
    await expect(first).toContainText(help.yourCountry);
    await expect(page.getByTestId("shown-first")).toHaveText(
      help.shownFirstChosen.replace("{country}", "United Kingdom"),
    );
    await context.close();
  });
}

test("after signing for a country without a sourced line, Get help gives the directories", async ({
  page,
}) => {
  await signPledge(page, "KE");
  await page.getByRole("link", { name: pledgeMessages.PledgeThankYou.helpLink }).click();
  await expect(page).toHaveURL(/\/en\/get-help\?country=KE$/);
  await expect(page.getByTestId("no-line-for-country")).toContainText("Kenya");
  await expect(page.locator('[data-country="KE"]')).toHaveCount(0);
  await expect(page.locator("[data-directory]")).toContainText("Global Modern Slavery Directory");
});

test("the thank-you page ignores a country that is not one", async ({ page }) => {
  await page.goto("/en/pledge/thank-you?country=ZZ%3Cscript%3E");
  await expect(
    page.getByRole("link", { name: pledgeMessages.PledgeThankYou.helpLink }),
  ).toHaveAttribute("href", "/en/get-help");
});

test.describe("without ?country=, the browser's language region", () => {
  test("fr-CA shows Canada first, labelled as taken from the language", async ({ browser }) => {
    const { context, page } = await pageWith(browser, "fr-CA");
    const response = await page.goto("/fr/get-help");
    expect(response?.headers().vary ?? "").toMatch(/(^|,\s*)Accept-Language(\s*,|$)/i);
    const first = page.locator("[data-country]").first();
    await expect(first).toHaveAttribute("data-country", "CA");
    await expect(first).toContainText(frSafety.GetHelp.languageCountry);
    await expect(first).toContainText("1-833-900-1010");
    await expect(page.getByTestId("shown-first")).toHaveAttribute("data-from", "language");
    await expect(page.getByTestId("shown-first")).toHaveText(
      frSafety.GetHelp.shownFirstLanguage.replace("{country}", "Canada"),
    );
    await expect(page.getByLabel(frSafety.GetHelp.chooseLabel)).toHaveValue("CA");
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("es-MX shows Mexico first; the visitor can still choose another country", async ({
    browser,
  }) => {
    const { context, page } = await pageWith(browser, "es-MX");
    await page.goto("/es/get-help");
    await expect(page.locator("[data-country]").first()).toHaveAttribute("data-country", "MX");
    await expect(page.locator("[data-country]").first()).toContainText("800 5533 000");
    await page.getByLabel(esSafety.GetHelp.chooseLabel).selectOption("US");
    await page.getByRole("button", { name: esSafety.GetHelp.chooseButton, exact: true }).click();
    await expect(page).toHaveURL(/\/es\/get-help\?country=US$/);
    await expect(page.locator("[data-country]").first()).toHaveAttribute("data-country", "US");
    await expect(page.getByTestId("shown-first")).toHaveAttribute("data-from", "choice");
    await expect(page.locator("[data-emergency]").first()).toHaveAttribute(
      "data-emergency",
      "us911",
    );
    await context.close();
  });

  test("ar-EG names Egypt, which has no sourced line: the directories, no invented number", async ({
    browser,
  }) => {
    const { context, page } = await pageWith(browser, "ar-EG");
    await page.goto("/ar/get-help");
    await expect(page.getByTestId("shown-first")).toContainText("مصر");
    await expect(page.getByTestId("no-line-for-country")).toContainText("مصر");
    await expect(page.locator('[data-country="EG"]')).toHaveCount(0);
    await expect(page.locator("[data-directory]").first()).toBeVisible();
    // Egypt stays chosen in the list, so the visitor sees what was assumed and can change it.
    await expect(page.locator("#help-country")).toHaveValue("EG");
    await context.close();
  });

  test("a bare fr names no country: nothing is shown first, nothing is chosen", async ({
    browser,
  }) => {
    const { context, page } = await pageWith(browser, "fr");
    await page.goto("/fr/get-help");
    await expect(page.getByTestId("shown-first")).toHaveCount(0);
    await expect(page.locator("#help-country")).toHaveValue("");
    await expect(page.locator("[data-country]").first()).not.toContainText(
      frSafety.GetHelp.languageCountry,
    );
    await context.close();
  });

  test("the answer differs by Accept-Language, and says so with Vary", async ({ request }) => {
    const canada = await request.get("/en/get-help", { headers: { "Accept-Language": "en-CA" } });
    const britain = await request.get("/en/get-help", { headers: { "Accept-Language": "en-GB" } });
    for (const response of [canada, britain]) {
      expect(response.status()).toBe(200);
      expect(response.headers().vary ?? "").toMatch(/(^|,\s*)Accept-Language(\s*,|$)/i);
    }
    const first = (html: string) => /data-country="([A-Z]{2})"/.exec(html)?.[1];
    expect(first(await canada.text())).toBe("CA");
    expect(first(await britain.text())).toBe("GB");
  });
});

test("in Arabic, every help line's number reads left to right, as it is dialled", async ({
  page,
}) => {
  await page.goto("/ar/get-help?country=GB");
  // Where each group of digits of the UK line is drawn: left to right, 08000 then 121 then 700.
  const lefts = await page
    .locator('[data-help-line="gb-modern-slavery-helpline"] a[href^="tel:"]')
    .first()
    .evaluate((link) => {
      const text = link.firstChild;
      if (text === null) return [];
      return ["08000", "121", "700"].map((group) => {
        const range = document.createRange();
        const start = (text.textContent ?? "").indexOf(group);
        range.setStart(text, start);
        range.setEnd(text, start + group.length);
        return range.getBoundingClientRect().left;
      });
    });
  expect(lefts).toHaveLength(3);
  expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
  for (const number of await page.locator('main a[href^="tel:"]').all()) {
    await expect(number).toHaveAttribute("dir", "ltr");
  }
});
