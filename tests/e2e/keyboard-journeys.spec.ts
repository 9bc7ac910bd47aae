// Issue 13: the pledge and the donation with the keyboard alone, in English, Arabic (right to left)
// and Chinese. Tab, Shift+Tab, arrow keys, Space and Enter only; text is typed into whatever has
// focus. Every stop shows its focus and follows the visual order (tests/support/keyboard-walk.ts).
import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { textDirection } from "../../lib/campaign/text-direction";
import { env } from "../../lib/env";
import { KeyboardWalk } from "../support/keyboard-walk";
import { localePath } from "../support/locale-path";
import { publicMessages } from "../support/public-catalog";
import { e2eDatabaseUrl } from "../support/test-env";

// The server under test refuses a pledge sent sooner than this after the form was shown.
const MINIMUM_WAIT_MS = env.PLEDGE_MIN_SUBMIT_SECONDS * 1000 + 300;

/** What a visitor types in each language: a name, and a country's name in that language. */
const VISITORS = {
  en: { name: "Kay Board", country: "Norway", message: "Typed without a mouse." },
  ar: { name: "ليلى", country: "النرويج", message: "كُتبت بلوحة المفاتيح وحدها." },
  zh: { name: "李明", country: "挪威", message: "只用键盘填写。" },
} as const;

type JourneyLocale = keyof typeof VISITORS;
const LOCALES = Object.keys(VISITORS) as JourneyLocale[];

/** The viewports: a desktop and the narrowest phone the site supports. */
const VIEWPORTS = [
  { name: "1280 px", width: 1280, height: 800 },
  { name: "320 px", width: 320, height: 640 },
] as const;

let pool: pg.Pool;

test.beforeAll(() => {
  pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
});

test.afterAll(async () => {
  await pool.end();
});

/** The arrow that points along the reading direction: the next choice in a row of radios. */
function onwardArrow(locale: string): "ArrowRight" | "ArrowLeft" {
  return textDirection(locale) === "rtl" ? "ArrowLeft" : "ArrowRight";
}

/** Waits until React has hydrated the page, so the form's script is listening. */
async function hydrated(page: Page) {
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next))
    .toBe("object");
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const locale of LOCALES) {
      const t = publicMessages(locale);
      const visitor = VISITORS[locale];
      const direction = textDirection(locale);

      test(`${locale}: signs the pledge with the keyboard alone, choosing the country by search`, async ({
        page,
      }) => {
        const email = `keys-${locale}-${randomBytes(5).toString("hex")}@example.org`;
        await page.goto(localePath(locale, "/pledge"));
        await hydrated(page);
        const walk = new KeyboardWalk(page, direction);

        const name = page.getByLabel(t("Pledge.displayNameLabel"));
        await walk.tabTo(name);
        await page.keyboard.type(visitor.name);
        await walk.tabTo(page.getByLabel(t("Pledge.emailLabel")));
        await page.keyboard.type(email);
        await walk.tabTo(page.getByLabel(t("Pledge.countrySearchLabel")));
        await page.keyboard.type(visitor.country);
        const country = page.getByLabel(t("Pledge.countryLabel"), { exact: true });
        await walk.tabTo(country);
        await expect(country).toHaveValue("NO");
        await walk.tabTo(page.getByLabel(t("Pledge.messageLabel")));
        await page.keyboard.type(visitor.message);
        await walk.tabTo(page.getByLabel(t("Pledge.showOnWallLabel")));
        await page.keyboard.press("Space");
        const consent = page.locator('input[name="consent"]');
        await walk.tabTo(consent);
        await page.keyboard.press("Space");
        await expect(consent).toBeChecked();
        const submit = page.getByRole("button", { name: t("Pledge.submit") });
        await walk.tabTo(submit);

        // Back to the name field and forward again: the same stops in reverse, nothing trapped.
        const stopsSinceName = walk.stops.length - 1 - (await walk.lastIndexOf(name));
        await walk.walkBack(stopsSinceName);
        await expect(name).toBeFocused();
        await walk.tabTo(submit);

        await page.waitForTimeout(MINIMUM_WAIT_MS);
        await page.keyboard.press("Enter");
        // The chosen country travels on, for the thank-you page's "Get help" link.
        await expect(page).toHaveURL(new RegExp(`/${locale}/pledge/thank-you\\?country=NO$`));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("PledgeThankYou.title"));
        const rows = await pool.query(
          'SELECT "country", "showOnWall", "displayName", "message", "locale" FROM "Pledge" WHERE "email" = $1',
          [email],
        );
        expect(rows.rows).toEqual([
          {
            country: "NO",
            showOnWall: true,
            displayName: visitor.name,
            message: visitor.message,
            locale,
          },
        ]);
      });

      test(`${locale}: starts a monthly donation with the keyboard alone, the amount by arrow keys`, async ({
        page,
      }) => {
        await page.goto(localePath(locale, "/donate"));
        await hydrated(page);
        const walk = new KeyboardWalk(page, direction);
        const onward = onwardArrow(locale);

        // Frequency: Tab reaches the checked choice (once); the onward arrow picks "every month".
        const once = page.getByRole("radio", { name: t("Donate.frequencyOnce"), exact: true });
        const monthly = page.getByRole("radio", {
          name: t("Donate.frequencyMonthly"),
          exact: true,
        });
        await walk.tabTo(once);
        await walk.press(onward, true);
        await expect(monthly).toBeFocused();
        await expect(monthly).toBeChecked();

        // Amount: Tab reaches the preselected amount; the onward arrow picks the next one, which
        // is drawn further along the reading direction (or on the next line).
        const presets = page.locator('input[name="preset"]');
        const preselected = presets.and(page.locator(":checked"));
        await walk.tabTo(preselected);
        const first = await preselected.getAttribute("value");
        await walk.press(onward, true);
        const chosen = await preselected.getAttribute("value");
        expect(chosen).not.toBe(first);
        expect(chosen).not.toBe("custom");
        await expect(presets.and(page.locator(":focus"))).toBeChecked();

        // The back arrow returns, the onward arrow goes forward again.
        await walk.press(onward === "ArrowRight" ? "ArrowLeft" : "ArrowRight");
        await expect(preselected).toHaveAttribute("value", first ?? "");
        await walk.press(onward);
        await expect(preselected).toHaveAttribute("value", chosen ?? "");

        const [currency, minor] = (chosen ?? "").split(":");
        const submit = page.locator("main form button");
        await walk.tabTo(submit);
        await walk.walkBack(3);
        await walk.tabTo(submit);
        await page.keyboard.press("Enter");

        await expect(page).toHaveURL(/\/checkout\/cs_[A-Za-z0-9_]+/);
        const sessionId = /\/checkout\/(cs_[A-Za-z0-9_]+)/.exec(page.url())?.[1];
        const donation = await pool.query<{
          amount: number;
          currency: string;
          frequency: string;
          locale: string;
        }>(
          'SELECT "amount", "currency", "frequency", "locale" FROM "Donation" WHERE "stripeCheckoutSessionId" = $1',
          [sessionId],
        );
        expect(donation.rows).toEqual([
          { amount: Number(minor), currency, frequency: "MONTHLY", locale },
        ]);
      });
    }
  });
}
