// The quick exit in each of the six languages (issue 13): the second Tab stop, after the skip link;
// named and described in the page's language, its description linking to "Staying safe online" in
// that language; Shift three times leaves; with JavaScript off it is a plain link. English's
// behaviour in depth (history, the count resetting, every public page): safety.spec.ts.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
// use-intl is the library next-intl formats with; its core needs neither React nor Next.js.
import { createTranslator } from "use-intl/core";
import { routing } from "../../i18n/routing";
import { textDirection } from "../../lib/campaign/text-direction";
import { parseEnv } from "../../lib/env";
import { KeyboardWalk } from "../support/keyboard-walk";
import { localePath } from "../support/locale-path";
import { publicMessages } from "../support/public-catalog";

// The browser tests' server runs with QUICK_EXIT_URL unset: the default.
const EXIT_URL = parseEnv({}).QUICK_EXIT_URL;
const exitOrigin = new URL(EXIT_URL).origin;

/** A prerendered page and one rendered per request (the pledge form's token). */
const PATHS = ["/get-help", "/pledge"] as const;

/** The machine is offline: the neutral site is answered here, as a plain page. */
async function stubNeutralSite(context: BrowserContext) {
  await context.route(`${exitOrigin}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><title>Weather</title><h1>Weather</h1>",
    }),
  );
}

/** Waits until React has hydrated the page, so the quick exit's key listener is set. */
/** The page's script runs and the quick exit listens for Shift (a press before that is lost). */
async function hydrated(page: Page) {
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next))
    .toBe("object");
  await expect(page.locator("[data-quick-exit-bar][data-quick-exit-listening]")).toHaveCount(1);
}

for (const locale of routing.locales) {
  test.describe(`the quick exit in ${locale}`, () => {
    const t = publicMessages(locale);
    // The progress message is an ICU plural: formatted as the page formats it.
    const progress = createTranslator({
      locale,
      messages: { QuickExit: { shiftProgress: t("QuickExit.shiftProgress") } },
      namespace: "QuickExit",
    });

    for (const path of PATHS) {
      test(`${path}: the second Tab stop, named and described in ${locale}`, async ({ page }) => {
        await page.goto(localePath(locale, path));
        const walk = new KeyboardWalk(page, textDirection(locale));
        await walk.press("Tab");
        await expect(page.getByRole("link", { name: t("Layout.skipToContent") })).toBeFocused();
        await walk.press("Tab");
        const exit = page.locator("[data-quick-exit]");
        await expect(exit).toBeFocused();
        await expect(exit).toHaveAccessibleName(
          `${t("QuickExit.buttonHiddenPrefix")} ${t("QuickExit.button")}`,
        );
        await expect(exit).toHaveAccessibleDescription(
          `${t("QuickExit.description")} ${t("QuickExit.safetyLink")}`,
        );
        await expect(exit).toHaveAttribute("href", EXIT_URL);
        await expect(page.locator("[data-quick-exit-bar]")).toHaveAccessibleName(
          t("QuickExit.barLabel"),
        );
      });

      test(`${path}: Shift pressed three times leaves for the neutral site, counting in ${locale}`, async ({
        page,
        context,
      }) => {
        await stubNeutralSite(context);
        await page.goto(localePath(locale, path));
        await hydrated(page);
        const count = page.locator("[data-quick-exit-progress]");
        await page.keyboard.press("Shift");
        await expect(count).toHaveText(progress("shiftProgress", { remaining: 2 }));
        await page.keyboard.press("Shift");
        await expect(count).toHaveText(progress("shiftProgress", { remaining: 1 }));
        await expect(page).toHaveURL(new RegExp(`/${locale}${path}$`));
        await page.keyboard.press("Shift");
        await expect(page).toHaveURL(EXIT_URL);
        await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
      });

      test(`${path}: without JavaScript, a plain link to the neutral site`, async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        await stubNeutralSite(context);
        const page = await context.newPage();
        await page.goto(localePath(locale, path));
        const exit = page.locator("[data-quick-exit]");
        await expect(exit).toHaveAttribute("href", EXIT_URL);
        await expect(exit).toHaveAttribute("rel", "noreferrer");
        await expect(exit).toHaveAccessibleName(
          `${t("QuickExit.buttonHiddenPrefix")} ${t("QuickExit.button")}`,
        );
        // Reached and followed with the keyboard, as the second Tab stop.
        await page.keyboard.press("Tab");
        await page.keyboard.press("Tab");
        await expect(exit).toBeFocused();
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(EXIT_URL);
        await context.close();
      });
    }

    test(`the description links to "staying safe online" in ${locale}`, async ({ page }) => {
      await page.goto(localePath(locale, "/get-help"));
      const link = page
        .locator("#quick-exit-description")
        .getByRole("link", { name: t("QuickExit.safetyLink"), exact: true });
      await expect(link).toHaveAttribute("href", localePath(locale, "/staying-safe-online"));
      // The third Tab stop: right after the control it explains.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(link).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${locale}/staying-safe-online$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("StayingSafe.title"));
      await expect(page.getByTestId("quick-exit-limits")).toContainText(
        t("StayingSafe.exitNotHistory"),
      );
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
    });
  });
}
