// The site's address where it appears (links, share tags, robots.txt, the sitemap) and the two
// things Next.js warned a newcomer about. A second server is started on the same build with
// another SITE_URL, by `next start` itself (tests/support/other-site-server.ts): `npm start`
// refuses that (see tests/integration/production-start.test.ts), and this shows why.
import { expect, type Page, test } from "@playwright/test";
import { E2E_CONTACT_EMAIL } from "../support/e2e-app-env";
import { type OtherSiteServer, startOtherSiteServer } from "../support/other-site-server";
import { testEnv } from "../support/test-env";

const BUILT_FOR = `http://localhost:${testEnv().E2E_PORT}`;
const ELSEWHERE = "https://blueheart.example.org";
// Not +1 or +2: client-address.spec.ts serves there, perhaps at the same time in the other worker.
const otherPort = testEnv().E2E_PORT + 3;
const other = `http://localhost:${otherPort}`;

async function metaContent(page: Page, property: string): Promise<string | null> {
  return page.locator(`meta[property="${property}"]`).first().getAttribute("content");
}

test.describe("a server whose SITE_URL is not the build's", () => {
  // These tests share one extra server, so they run in order, in one worker.
  test.describe.configure({ mode: "serial" });
  let server: OtherSiteServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startOtherSiteServer(otherPort, ELSEWHERE);
  });

  test.afterAll(() => {
    server.stop();
  });

  test("serves every kind of page without Next.js warning about metadataBase", async ({ page }) => {
    for (const path of ["/", "/privacy", "/donate", "/admin/sign-in", "/no-such-page"]) {
      await page.goto(`${other}${path}`);
    }
    expect(server.output()).toContain("Ready");
    expect(server.output()).not.toContain("metadataBase");
  });

  test("robots.txt and sitemap.xml give the running server's address", async ({ request }) => {
    const robots = await (await request.get(`${other}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${ELSEWHERE}/sitemap.xml`);
    const sitemap = await (await request.get(`${other}/sitemap.xml`)).text();
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations.length).toBeGreaterThan(3);
    for (const location of locations) expect(location).toMatch(new RegExp(`^${ELSEWHERE}/`));
    expect(sitemap).not.toContain("localhost");
  });

  test("a page the running server renders (into its own cache) shares its address", async ({
    page,
  }) => {
    await page.goto(`${other}/`);
    expect(await metaContent(page, "og:url")).toBe(`${ELSEWHERE}/en`);
    expect(await metaContent(page, "og:image")).toBe(`${ELSEWHERE}/share-images/en.png`);
    const image = await page.request.get(`${other}/share-images/en.png`);
    expect(image.headers()["content-type"]).toBe("image/png");
  });

  test("a prerendered page keeps the build's address", async ({ page }) => {
    await page.goto(`${other}/privacy`);
    expect(await metaContent(page, "og:url")).toBe(`${BUILT_FOR}/en/privacy`);
  });
});

test("every kind of document asks for smooth scrolling the way Next.js expects", async ({
  page,
}) => {
  for (const path of ["/", "/privacy", "/admin/sign-in", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("data-scroll-behavior", "smooth");
  }
});

test("the privacy notice names the operator's contact address", async ({ page }) => {
  await page.goto("/privacy");
  const contact = page.locator("section[aria-labelledby='contact-heading']");
  await expect(contact.locator("a[href^='mailto:']")).toHaveText(E2E_CONTACT_EMAIL);
});
