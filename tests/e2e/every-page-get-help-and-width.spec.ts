// Every public page in every language, at a phone's narrowest common width (320 CSS px): it links
// to "Get help" (issue 13: "linked from every page's header or footer"), and nothing on it is wider
// than the screen, so no one has to scroll sideways to read it. One test per language.
import { expect, test } from "@playwright/test";
import { routing } from "../../i18n/routing";
import { localePath } from "../support/locale-path";
import { PUBLIC_PATHS } from "../support/public-paths";

// The staff area is English only and has no public footer; it is not a page in a language.
// "Get help" itself is checked as its visitors see it too: with no country, and with one that has
// no sourced line (the directories instead).
const paths = [
  ...PUBLIC_PATHS.filter((path) => !path.startsWith("/admin")),
  "/get-help",
  "/get-help?country=FR",
  "/pledge/thank-you?country=GB",
];

test.use({ viewport: { width: 320, height: 640 } });

for (const locale of routing.locales) {
  test(`in ${locale}, every public page links to Get help and fits 320 px without scrolling sideways`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const helpPath = localePath(locale, "/get-help");
    const noHelpLink: string[] = [];
    const tooWide: string[] = [];
    for (const path of paths) {
      const address = localePath(locale, path);
      await page.goto(address);
      // In the header or footer; on the 404 (built once, in English: app/global-not-found.tsx),
      // in the block written in this language.
      const helpLink = page
        .locator(
          [`header a[href="${helpPath}"]`, `footer a[href="${helpPath}"]`]
            .concat(`main [lang="${locale}"] a[href="${helpPath}"]`)
            .join(", "),
        )
        .first();
      if (!(await helpLink.isVisible())) noHelpLink.push(address);
      // The page's width, and when it is too wide the innermost elements that stick out, to name.
      const width = await page.evaluate(() => {
        const root = document.documentElement;
        const rtl = getComputedStyle(root).direction === "rtl";
        const outside = [...document.body.querySelectorAll("*")].filter((element) => {
          const box = element.getBoundingClientRect();
          // Past the end of the line (the right in English, the left in Arabic).
          return rtl ? box.left < -0.5 : box.right > root.clientWidth + 0.5;
        });
        const innermost = outside
          .filter(
            (element) => !outside.some((other) => other !== element && element.contains(other)),
          )
          .slice(0, 3)
          .map(
            (element) =>
              `<${element.tagName.toLowerCase()}> "${element.textContent?.slice(0, 40)}"`,
          );
        return { scroll: root.scrollWidth, client: root.clientWidth, innermost };
      });
      if (width.scroll > width.client) {
        tooWide.push(
          `${address}: ${width.scroll} px wide in ${width.client} px (${width.innermost.join(", ")})`,
        );
      }
    }
    expect.soft(noHelpLink, "pages without a Get help link").toEqual([]);
    expect(tooWide, "pages wider than 320 px").toEqual([]);
  });
}
