// Every public page shares as itself: its Open Graph and Twitter title and description are the
// page's own, not the site's (the layout sets none, so Next fills them from the page's <title>
// and description; lib/campaign/page-metadata.ts). Read from the HTML over HTTP, no page loads.
import { expect, test } from "@playwright/test";
import { routing } from "../../i18n/routing";
import { campaignPages } from "../../lib/campaign/pages";
import { localePath } from "../support/locale-path";

const PAGES = [
  ...campaignPages.map((page) => page.path),
  "/pledge",
  "/pledge/thank-you",
  "/donate",
  "/donate/manage",
  "/donate/success?session_id=cs_test_unknown",
  "/supporters",
];

// React writes these five as entities in attributes and text.
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#x27;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
const decode = (text: string) =>
  text.replace(/&(?:amp|quot|#x27|lt|gt);/g, (e) => ENTITIES[e] ?? e);

function metaContent(html: string, attribute: "property" | "name", key: string): string | null {
  const match = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? null : decode(match[1]);
}

test("every public page's share title and description are its own, in every language", async ({
  request,
}) => {
  for (const locale of routing.locales) {
    const seen = new Map<string, string>();
    for (const path of PAGES) {
      const address = localePath(locale, path);
      const response = await request.get(address);
      expect(response.status(), address).toBe(200);
      const html = await response.text();
      const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "");
      const ogTitle = metaContent(html, "property", "og:title");
      expect(ogTitle, address).toBeTruthy();
      // The page's title, with or without the site's " · Blue Heart".
      expect(title.startsWith(ogTitle ?? "\0"), `${address}: "${ogTitle}" in "${title}"`).toBe(
        true,
      );
      expect(metaContent(html, "name", "twitter:title"), address).toBe(ogTitle);
      const description = metaContent(html, "name", "description");
      if (description !== null) {
        expect(metaContent(html, "property", "og:description"), address).toBe(description);
        expect(metaContent(html, "name", "twitter:description"), address).toBe(description);
      }
      expect(seen.get(ogTitle ?? ""), `${address} shares its og:title`).toBeUndefined();
      seen.set(ogTitle ?? "", address);
    }
  }
});
