// The safety features of issue 13: the quick exit, "Get help", "Learn the signs", "Staying safe
// online", and no request to another site from any public page (docs/decisions/017-safety-features.md).
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { routing } from "../../i18n/routing";
import { parseEnv } from "../../lib/env";
import { SIGN_GROUPS } from "../../lib/safety/signs";
import pledgeMessages from "../../messages/en/pledge.json" with { type: "json" };
import messages from "../../messages/en/safety.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { localePath } from "../support/locale-path";
import { publicCatalog } from "../support/public-catalog";
import { PUBLIC_PATHS } from "../support/public-paths";

// The browser tests' server runs with QUICK_EXIT_URL unset: the default.
const EXIT_URL = parseEnv({}).QUICK_EXIT_URL;
const exitOrigin = new URL(EXIT_URL).origin;

/** The machine is offline: the neutral site is answered here, as a plain page. */
async function stubNeutralSite(context: BrowserContext) {
  await context.route(`${exitOrigin}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><title>Weather</title><h1>Weather</h1>",
    }),
  );
}

/** Opens `path` with the neutral site stubbed, once React has hydrated (the listeners are set). */
async function openWithExit(page: Page, context: BrowserContext, ...paths: string[]) {
  await stubNeutralSite(context);
  for (const path of paths) await page.goto(path);
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next))
    .toBe("object");
  await expect(page.locator("[data-quick-exit]")).toBeVisible();
  // Listening for Shift: a press before hydration is lost (a flaky start under load otherwise).
  await expect(page.locator("[data-quick-exit-bar][data-quick-exit-listening]")).toHaveCount(1);
}

test.describe("the quick exit", () => {
  test("is the first stop after the skip link, and describes what it does not do", async ({
    page,
  }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Tab");
    const exit = page.locator("[data-quick-exit]");
    await expect(exit).toBeFocused();
    await expect(exit).toHaveAccessibleName(/Leave this site/);
    await expect(exit).toHaveAccessibleDescription(/does not clear your browsing history/);
    await expect(exit).toHaveAttribute("href", EXIT_URL);
  });

  test("is on every public page", async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of PUBLIC_PATHS.filter((path) => !path.startsWith("/admin"))) {
      await page.goto(path);
      await expect(page.locator("[data-quick-exit]"), path).toHaveAttribute("href", EXIT_URL);
    }
  });

  test("Shift pressed three times leaves; another key in between starts the count again", async ({
    page,
    context,
  }) => {
    await openWithExit(page, context, "/learn-the-signs");
    const progress = page.locator("[data-quick-exit-progress]");
    await page.keyboard.press("Shift");
    await expect(progress).toHaveText(
      messages.QuickExit.shiftProgress.includes("#") ? /2 more times/ : /2/,
    );
    await page.keyboard.press("Shift");
    await expect(progress).toHaveText(/1 more time\b/);
    await page.keyboard.press("a");
    await expect(progress).toHaveText("");
    await page.keyboard.press("Shift");
    await expect(progress).toHaveText(/2 more times/);
    await expect(page).toHaveURL(/\/learn-the-signs$/);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await expect(page).toHaveURL(EXIT_URL);
  });

  test("a click replaces the page in the history: Back does not return to it", async ({
    page,
    context,
  }) => {
    await openWithExit(page, context, "/", "/get-help");
    const before = await page.evaluate(() => history.length);
    await page.locator("[data-quick-exit]").click();
    await expect(page).toHaveURL(EXIT_URL);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack();
    // Back lands on the page before, not on "Get help".
    await expect(page).toHaveURL(/localhost:\d+\/en$/);
  });

  test("works without JavaScript as a plain link to the neutral site", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await stubNeutralSite(context);
    const page = await context.newPage();
    await page.goto("/get-help");
    const exit = page.locator("[data-quick-exit]");
    await expect(exit).toHaveAttribute("href", EXIT_URL);
    await expect(exit).toHaveAttribute("rel", "noreferrer");
    await exit.click();
    await expect(page).toHaveURL(EXIT_URL);
    await context.close();
  });

  test("its description links to the page on staying safe online", async ({ page }) => {
    await page.goto("/");
    await page
      .locator("[data-quick-exit-bar]")
      .getByRole("link", { name: messages.QuickExit.safetyLink })
      .click();
    await expect(page).toHaveURL(/\/staying-safe-online$/);
    await expect(page.getByTestId("quick-exit-limits")).toContainText("does not clear");
    await expect(page.getByTestId("quick-exit-limits")).toContainText("monitoring software");
  });
});

test.describe("get help", () => {
  test("says what to do in immediate danger first, then the visitor's country", async ({
    page,
  }) => {
    await page.goto("/get-help?country=GB");
    const headings = await page.locator("main h2").allTextContents();
    expect(headings[0]).toBe(messages.GetHelp.dangerHeading);
    await expect(page.locator("[data-emergency]").first()).toHaveAttribute(
      "data-emergency",
      "gb999",
    );
    const first = page.locator("[data-country]").first();
    await expect(first).toHaveAttribute("data-country", "GB");
    await expect(first).toContainText(messages.GetHelp.yourCountry);
    await expect(first).toContainText("08000 121 700");
    await expect(page.getByLabel(messages.GetHelp.chooseLabel)).toHaveValue("GB");
    await expectNoAxeViolations(page);
  });

  test("shows every line with its source and checked date", async ({ page }) => {
    await page.goto("/get-help");
    const lines = page.locator("[data-help-line]");
    expect(await lines.count()).toBe(21);
    for (const line of await lines.all()) {
      await expect(line.locator("[data-sources] a").first()).toHaveAttribute("href", /^https:\/\//);
      await expect(line).toContainText("Checked on December 2, 2026");
    }
  });

  test("a country without a sourced line gets the directories, not a guessed number", async ({
    page,
  }) => {
    await page.goto("/get-help");
    await page.getByLabel(messages.GetHelp.chooseLabel).selectOption("FR");
    await page.getByRole("button", { name: messages.GetHelp.chooseButton }).click();
    await expect(page).toHaveURL(/country=FR/);
    await expect(page.getByTestId("no-line-for-country")).toContainText("France");
    await expect(page.getByTestId("no-line-for-country")).toContainText("MIPROF");
    await expect(page.locator('[data-country="FR"]')).toHaveCount(0);
    await expect(page.locator("[data-directory]")).toContainText("Global Modern Slavery Directory");
    await expectNoAxeViolations(page);
  });
});

test.describe("learn the signs", () => {
  test("groups the indicators as the sources do, each part with its source", async ({ page }) => {
    await page.goto("/learn-the-signs");
    for (const group of SIGN_GROUPS) {
      const section = page.locator(`[data-sign-group="${group.id}"]`);
      await expect(section).toBeVisible();
      await expect(section.locator("[data-sources]")).toHaveCount(group.parts.length);
    }
    await expect(page.locator('[data-advice="do"] li')).not.toHaveCount(0);
    await expect(page.locator('[data-advice="dont"] li')).not.toHaveCount(0);
  });

  test("is where the thank-you page and the home page send a reader", async ({ page }) => {
    await page.goto("/pledge/thank-you");
    await page.getByRole("link", { name: pledgeMessages.PledgeThankYou.learnLink }).click();
    await expect(page).toHaveURL(/\/learn-the-signs$/);
    await page.goto("/");
    await page.locator('a[href="/en/learn-the-signs"]').first().click();
    await expect(page).toHaveURL(/\/learn-the-signs$/);
  });
});

// Every public page in every language (the staff sign-in page once): nothing is asked of another
// origin, and the footer says in the page's language that the site uses no trackers. In English
// and Arabic each page is also left until the network is idle (anything a script asks for late);
// the other languages run the same scripts, so their pages are read once loaded.
const IDLE_LOCALES: readonly string[] = ["en", "ar"];
for (const locale of routing.locales) {
  test(`no public page in ${locale} asks another site for anything, and each says it uses no trackers`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const own = new URL(baseURL ?? "").origin;
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return;
      if (url.origin !== own) elsewhere.push(`${page.url()} -> ${request.url()}`);
    });
    const noTrackers = publicCatalog(locale).get("SafetyFooter.noTrackers");
    expect(noTrackers).toBeTruthy();
    for (const path of PUBLIC_PATHS) {
      // The staff area is English; so is the 404 for an unknown address, built once for every
      // language (app/global-not-found.tsx): both are visited once, with English.
      const isStaff = path.startsWith("/admin");
      if ((isStaff || path === "/no-such-page") && locale !== "en") continue;
      await page.goto(isStaff ? path : localePath(locale, path));
      if (IDLE_LOCALES.includes(locale)) await page.waitForLoadState("networkidle");
      if (!isStaff) {
        await expect(page.getByTestId("no-trackers"), path).toHaveText(noTrackers ?? "");
      }
    }
    expect(elsewhere).toEqual([]);
  });
}
