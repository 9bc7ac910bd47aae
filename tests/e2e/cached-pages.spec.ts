// Every public page a visitor lands on is served from a cache, the same for everyone: no cookie,
// a Cache-Control that lets a shared cache keep it a few seconds and serve it stale while it
// revalidates, and a second request answered from the cache; the per-request variants say
// `private` (docs/decisions/034-static-shell.md).
import { expect, test } from "@playwright/test";
import { routing } from "../../i18n/routing";
import { campaignPages } from "../../lib/campaign/pages";
import { localePath } from "../support/locale-path";

const LIVE_PAGES = ["/", "/pledge", "/donate", "/supporters"];
// "Get help" leads with the country of the visitor's Accept-Language: rendered per request.
const INFORMATION_PAGES = campaignPages
  .map((page) => page.path)
  .filter((path) => path !== "/" && path !== "/get-help");
const PER_REQUEST_PAGES = [
  "/get-help",
  "/pledge/thank-you",
  "/donate/cancelled?donation=none",
  "/supporters/older?cursor=none",
];

test("every public page in every language is cached for everyone and sets no cookie", async ({
  request,
}) => {
  for (const locale of routing.locales) {
    for (const path of [...LIVE_PAGES, ...INFORMATION_PAGES]) {
      const address = localePath(locale, path);
      await request.get(address);
      const response = await request.get(address);
      const headers = response.headers();
      expect(response.status(), address).toBe(200);
      expect(headers["set-cookie"], address).toBeUndefined();
      expect(headers["x-nextjs-cache"], address).toMatch(/^(HIT|STALE)$/);
      const life = LIVE_PAGES.includes(path) ? 5 : 3600;
      expect(headers["cache-control"], address).toBe(
        `s-maxage=${life}, stale-while-revalidate=${24 * 3600 - life}`,
      );
    }
  }
});

test("the pages that differ by request are not kept by a shared cache, and set no cookie", async ({
  request,
}) => {
  for (const path of PER_REQUEST_PAGES) {
    const response = await request.get(localePath("fr", path));
    expect(response.status(), path).toBe(200);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
    expect(response.headers()["cache-control"], path).toContain("private");
    expect(response.headers()["x-nextjs-cache"], path).toBeUndefined();
  }
});
