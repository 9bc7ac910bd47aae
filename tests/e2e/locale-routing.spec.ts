// Language routing: every page has one address per language, `/` and any address without a
// language redirect by Accept-Language (no cookie, nothing a shared cache could serve to the wrong
// visitor), every page names its other-language versions, the sitemap lists every language, and the
// switcher on every page keeps the visitor on the same page (docs/decisions/019-language-routing.md).
import { expect, test } from "@playwright/test";
import { LANGUAGE_NAMES } from "../../i18n/language-names";
import { routing } from "../../i18n/routing";
import { campaignPages } from "../../lib/campaign/pages";
import { localePath } from "../support/locale-path";

const PAGES = [...campaignPages.map((page) => page.path), "/pledge", "/donate", "/supporters"];

test.describe("an address without a language", () => {
  for (const [acceptLanguage, locale] of [
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["ar-EG,ar;q=0.9", "ar"],
    ["zh-CN,zh;q=0.9", "zh"],
    ["ru", "ru"],
    ["es-419,es;q=0.9", "es"],
    ["de-DE,de;q=0.9", "en"],
    ["en-GB", "en"],
  ] as const) {
    test(`/ with Accept-Language ${acceptLanguage} goes to /${locale}, uncached, no cookie`, async ({
      request,
    }) => {
      const response = await request.get("/", {
        headers: { "Accept-Language": acceptLanguage },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe(`/${locale}`);
      expect(response.headers().vary).toMatch(/accept-language/i);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(response.headers()["set-cookie"]).toBeUndefined();
    });
  }

  test("/ without Accept-Language goes to English", async ({ request }) => {
    const response = await request.get("/", {
      headers: { "Accept-Language": "" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe("/en");
  });

  test("an old address keeps its page and query, in the visitor's language", async ({
    request,
  }) => {
    const response = await request.get("/get-help?country=GB", {
      headers: { "Accept-Language": "es" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    const location = new URL(response.headers().location ?? "", "http://x");
    expect(`${location.pathname}${location.search}`).toBe("/es/get-help?country=GB");
  });

  test("a page with its language answers itself, sets no cookie and no Link header", async ({
    request,
  }) => {
    for (const locale of routing.locales) {
      const response = await request.get(localePath(locale, "/privacy"), {
        headers: { "Accept-Language": "fr" },
        maxRedirects: 0,
      });
      expect(response.status(), locale).toBe(200);
      expect(response.headers()["set-cookie"], locale).toBeUndefined();
      expect(response.headers().link, locale).toBeUndefined();
    }
  });
});

test.describe("every page's language alternates", () => {
  for (const locale of routing.locales) {
    test(`in ${locale}: canonical, six hreflang alternates and x-default on every page`, async ({
      page,
    }) => {
      for (const path of PAGES) {
        await page.goto(localePath(locale, path));
        await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
        const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
        expect(new URL(canonical ?? "", "http://x").pathname, path).toBe(localePath(locale, path));
        const alternates = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) =>
            links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]),
          );
        const byLanguage = Object.fromEntries(
          alternates.map(([hreflang, href]) => [
            hreflang,
            new URL(href ?? "", "http://x").pathname,
          ]),
        );
        const image = await page.locator('meta[property="og:image"]').getAttribute("content");
        expect(new URL(image ?? "", "http://x").pathname, path).toBe(`/share-images/${locale}.png`);
        expect(byLanguage, path).toEqual({
          ...Object.fromEntries(routing.locales.map((other) => [other, localePath(other, path)])),
          "x-default": path,
        });
      }
    });
  }
});

test("each language's share image is served as a PNG", async ({ request }) => {
  for (const locale of routing.locales) {
    const response = await request.get(`/share-images/${locale}.png`);
    expect(response.status(), locale).toBe(200);
    expect(response.headers()["content-type"], locale).toBe("image/png");
  }
});

test("the sitemap lists every public page in every language", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const locations = new Set(
    [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname),
  );
  const alternates = new Set(
    [...sitemap.matchAll(/hreflang="([^"]+)"\s+href="([^"]+)"/g)].map(
      (match) => `${match[1]} ${new URL(match[2] ?? "").pathname}`,
    ),
  );
  for (const path of PAGES) {
    expect(locations, path).toContain(localePath("en", path));
    for (const locale of routing.locales) {
      expect(alternates, `${locale} ${path}`).toContain(`${locale} ${localePath(locale, path)}`);
    }
    expect(alternates, `x-default ${path}`).toContain(`x-default ${path}`);
  }
});

test.describe("the language switcher", () => {
  test("names each language in itself, marked with its lang, the current one marked", async ({
    page,
  }) => {
    await page.goto(localePath("fr", "/pledge"));
    const switcher = page.getByRole("navigation", { name: "Langue" });
    for (const locale of routing.locales) {
      const item = switcher.locator(`li[lang="${locale}"]`);
      await expect(item, locale).toHaveText(LANGUAGE_NAMES[locale]);
      if (locale === "fr") {
        await expect(item.locator('[aria-current="true"]')).toHaveCount(1);
        await expect(item.getByRole("link")).toHaveCount(0);
      } else {
        await expect(item.getByRole("link")).toHaveAttribute("href", localePath(locale, "/pledge"));
        await expect(item.getByRole("link")).toHaveAttribute("hreflang", locale);
      }
    }
    await expect(switcher.locator('li[lang="ar"]')).toHaveAttribute("dir", "rtl");
  });

  test("is on every public page and keeps the visitor on the same page", async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(localePath("en", path));
      const links = page.getByRole("navigation", { name: "Language" }).getByRole("link");
      await expect(links, path).toHaveCount(routing.locales.length - 1);
      await expect(links.filter({ hasText: LANGUAGE_NAMES.zh }), path).toHaveAttribute(
        "href",
        localePath("zh", path),
      );
    }
  });

  test("works from the keyboard, and without JavaScript", async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(localePath("en", "/what-is-human-trafficking"));
      const target = page.getByRole("link", { name: LANGUAGE_NAMES.ar, exact: true });
      let focused = false;
      for (let press = 0; press < 20 && !focused; press += 1) {
        await page.keyboard.press("Tab");
        focused = await target.evaluate((link) => link === document.activeElement);
      }
      expect(focused, `reached by Tab (JavaScript ${javaScriptEnabled ? "on" : "off"})`).toBe(true);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/ar\/what-is-human-trafficking$/);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await context.close();
    }
  });
});
