import { expect, test } from "@playwright/test";
import { figureSources, formatFigureValues, getFigure } from "../../lib/campaign/figures";
import { campaignPages } from "../../lib/campaign/pages";
import donateMessages from "../../messages/en/donate.json" with { type: "json" };
import pledgeMessages from "../../messages/en/pledge.json" with { type: "json" };
import messages from "../../messages/en.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { english } from "../support/english-numbers";
import { localePath } from "../support/locale-path";

function yearText(source: keyof typeof figureSources): string {
  const { year, reported } = figureSources[source];
  return reported ? messages.Figures.reportedIn.replace("{year}", String(year)) : String(year);
}

for (const page of campaignPages) {
  test.describe(`campaign page ${page.path}`, () => {
    test("answers 200 and shows each figure with its source and year", async ({ page: tab }) => {
      const response = await tab.goto(page.path);
      expect(response?.status()).toBe(200);
      await expect(tab.locator("h1")).toHaveCount(1);

      for (const id of page.figureIds) {
        const figure = getFigure(id);
        const item = tab.locator(`[data-figure="${id}"]`);
        await expect(item, id).toBeVisible();
        for (const value of Object.values(formatFigureValues(figure, english))) {
          await expect(item, `${id} shows ${value}`).toContainText(value);
        }
        await expect(item).toContainText(messages.Figures.sources[figure.source]);
        await expect(item).toContainText(yearText(figure.source));
      }
    });

    test("says who runs the site and that it is not an official UN site", async ({ page: tab }) => {
      await tab.goto(page.path);
      await expect(tab.getByTestId("operator-statement")).toContainText(
        messages.Layout.notOfficial,
      );
    });

    test("has no axe-core violations (WCAG 2.1 A and AA)", async ({ page: tab }) => {
      await tab.goto(page.path);
      await expectNoAxeViolations(tab);
    });

    test("does not scroll sideways on a 320 px wide screen", async ({ page: tab }) => {
      await tab.setViewportSize({ width: 320, height: 640 });
      await tab.goto(page.path);
      const overflow = await tab.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    });
  });
}

test("reaches every visible link on the home page with Tab, with a visible focus", async ({
  page: tab,
}) => {
  await tab.goto("/");
  const links = tab.locator("a[href]");
  const visible: string[] = [];
  for (const link of await links.all()) {
    if (await link.isVisible()) visible.push(await link.evaluate((a) => a.outerHTML));
  }
  expect(visible.length).toBeGreaterThan(3);

  const reached = new Set<string>();
  for (let press = 0; press < visible.length + 5; press += 1) {
    await tab.keyboard.press("Tab");
    const focused = await tab.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        html: element.outerHTML,
        outlined: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0,
        focusVisible: element.matches(":focus-visible"),
      };
    });
    if (focused === null) continue;
    expect(focused.focusVisible, focused.html).toBe(true);
    expect(focused.outlined, `no visible focus outline on ${focused.html}`).toBe(true);
    reached.add(focused.html);
  }
  for (const link of visible) expect(reached, link).toContain(link);
});

for (const width of [320, 1280]) {
  test(`at ${width} px the skip link leaves the test-mode banner in view and moves to the main content`, async ({
    page: tab,
  }) => {
    await tab.setViewportSize({ width, height: 640 });
    // The donate page is rendered per request, so it carries the banner here.
    await tab.goto("/donate");
    await tab.keyboard.press("Tab");
    const skip = tab.getByRole("link", { name: messages.Layout.skipToContent });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const skipBox = await skip.boundingBox();
    const bannerBox = await tab.getByTestId("test-mode-banner").boundingBox();
    expect((skipBox?.y ?? 0) + (skipBox?.height ?? 0)).toBeLessThanOrEqual(bannerBox?.y ?? 0);
    await tab.keyboard.press("Enter");
    await expect(tab.locator("main#main")).toBeFocused();
  });
}

test("answers an unknown path with the localized 404 page", async ({ page: tab }) => {
  const response = await tab.goto("/this-page-does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText(messages.NotFound.title);
  await expect(tab.getByRole("link", { name: messages.NotFound.homeLink })).toBeVisible();
});

test("serves sitemap.xml with every campaign page", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const body = await response.text();
  for (const page of campaignPages) {
    const path = `${localePath("en", page.path)}</loc>`;
    expect(body, page.path).toContain(path);
  }
});

test("serves robots.txt pointing at the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("sitemap.xml");
});

test.describe("the header on a phone, without JavaScript", () => {
  test.use({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });

  test("the menu button opens the links, they work, and the current page is marked", async ({
    page: tab,
  }) => {
    // The donate page is rendered per request, so it carries the test-mode banner here.
    await tab.goto("/donate");
    const menu = tab.locator("[data-mobile-menu] > summary");
    const nav = tab.getByRole("navigation", { name: messages.Layout.primaryNavLabel });
    await expect(menu).toHaveText(messages.Layout.menuButton);
    await expect(nav).toBeHidden();
    // One line of text (its padding and border besides).
    const banner = tab.getByTestId("test-mode-banner");
    expect((await banner.boundingBox())?.height).toBeLessThan(40);

    await menu.click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: donateMessages.DonateNav.donate })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);

    await nav.getByRole("link", { name: messages.Navigation.blueHeartCampaign }).click();
    await expect(tab).toHaveURL(/\/en\/blue-heart-campaign$/);
    await expect(nav).toBeHidden();
    await menu.click();
    await expect(
      nav.getByRole("link", { name: messages.Navigation.blueHeartCampaign }),
    ).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  });
});

test.describe("the header on a phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the open menu passes axe, and closes when one of its links changes the page", async ({
    page: tab,
  }) => {
    await tab.goto("/what-is-human-trafficking");
    const nav = tab.getByRole("navigation", { name: messages.Layout.primaryNavLabel });
    await tab.locator("[data-mobile-menu] > summary").click();
    await expect(nav).toBeVisible();
    // The open menu, the language links' tap targets (WCAG 2.5.8) and the header at 320 px.
    await expectNoAxeViolations(tab);
    await nav.getByRole("link", { name: pledgeMessages.PledgeNav.supporters }).click();
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText(
      pledgeMessages.Supporters.title,
    );
    await expect(nav).toBeHidden();
  });
});
