// Every public page in every language but English: the right `lang` and `dir`, no English sentence
// left from the English catalog (in the text, the title or the description), and no axe-core
// violation (WCAG 2.2 A and AA) in the languages whose layout differs most: Arabic (right to
// left), Chinese (another script, no spaces) and Russian (the longest words). French and Spanish
// share Russian's script and direction; axe on them found nothing the others did not, and cost a
// third of the suite's time. One test per page and language, so Playwright spreads them over its
// workers.
import { expect, type Page, test } from "@playwright/test";
import { messageFragments } from "../../i18n/catalog-check";
import { routing } from "../../i18n/routing";
import { textDirection } from "../../lib/campaign/text-direction";
import { expectNoAxeViolations } from "../support/axe";
import { localePath } from "../support/locale-path";
import { publicCatalog } from "../support/public-catalog";
import { PUBLIC_PATHS } from "../support/public-paths";

/** Runs of at least this many words count as an English sentence. */
const MIN_WORDS = 4;

function wordCount(text: string): number {
  return text.split(" ").filter((word) => /\p{L}/u.test(word)).length;
}

const english = publicCatalog("en");

/**
 * English's long text runs that the language's own catalog does not also contain: a name kept in
 * English on purpose ("the Global Modern Slavery Directory", a report's title) is written into the
 * translation too, and is not an untranslated sentence.
 */
function englishSentencesFor(locale: string): string[] {
  const own = [...publicCatalog(locale).values()].join("\n").replace(/\s+/g, " ");
  const sentences = new Set<string>();
  for (const message of english.values()) {
    for (const fragment of messageFragments(message)) {
      if (wordCount(fragment) >= MIN_WORDS && !own.includes(fragment)) sentences.add(fragment);
    }
  }
  return [...sentences];
}

/** What a reader sees of the page: its text, its title and its description. */
async function readableText(page: Page): Promise<string> {
  const text = await page.evaluate(() =>
    [
      document.title,
      document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
      // What is rendered, not hidden text: a reader never sees a <template> or display: none.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
      document.body.innerText,
    ].join("\n"),
  );
  return text.replace(/\s+/g, " ");
}

function englishIn(text: string, sentences: readonly string[]): string[] {
  return sentences.filter((sentence) => text.includes(sentence));
}

// The staff area stays English (it says so); its sign-in page is checked by its own spec. The 404
// for an unknown address is built once for every language (app/global-not-found.tsx): below.
const NOT_FOUND_PATH = "/no-such-page";
const pages = PUBLIC_PATHS.filter((path) => !path.startsWith("/admin") && path !== NOT_FOUND_PATH);
const otherLocales = routing.locales.filter((locale) => locale !== "en");
const AXE_LOCALES: readonly string[] = ["ar", "zh", "ru"];

for (const locale of otherLocales) {
  test.describe(`in ${locale}`, () => {
    const sentences = englishSentencesFor(locale);
    const notFound = publicCatalog(locale);

    test(`an unknown address says so in ${locale} too, marked as ${locale}`, async ({ page }) => {
      const response = await page.goto(localePath(locale, NOT_FOUND_PATH));
      expect(response?.status()).toBe(404);
      const block = page.locator(`main [lang="${locale}"]`);
      await expect(block).toContainText(notFound.get("NotFound.title") ?? "(no NotFound.title)");
      const home = block.getByRole("link", { name: notFound.get("NotFound.homeLink") ?? "" });
      await expect(home).toHaveAttribute("href", localePath(locale, "/"));
      await expectNoAxeViolations(page);
    });

    for (const path of pages) {
      const axe = AXE_LOCALES.includes(locale);
      test(`${path}: ${locale} text only, lang and dir set${axe ? ", no axe violations" : ""}`, async ({
        page,
      }) => {
        await page.goto(localePath(locale, path));
        const html = page.locator("html");
        await expect(html).toHaveAttribute("lang", locale);
        await expect(html).toHaveAttribute("dir", textDirection(locale));
        expect(englishIn(await readableText(page), sentences)).toEqual([]);
        if (axe) await expectNoAxeViolations(page);
      });
    }
  });
}

test("the English-sentence check finds English's sentences on an English page", async ({
  page,
}) => {
  // Against a catalog that translates nothing, every long run of the English page is "English":
  // the check would catch a page that fell back to English.
  const all = [...english.values()]
    .flatMap(messageFragments)
    .filter((fragment) => wordCount(fragment) >= MIN_WORDS);
  await page.goto(localePath("en", "/pledge"));
  expect(englishIn(await readableText(page), all).length).toBeGreaterThan(5);
});
