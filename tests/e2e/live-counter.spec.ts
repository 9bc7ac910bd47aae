// The supporter counter on an open page follows pledges without a reload: over the stream
// (GET /api/stats/stream), or by polling /api/stats when the stream is refused; the new count is
// said to screen readers through a polite live region; without JavaScript the count is in the HTML.
import { expect, test } from "./fixtures";

async function liveCount(page: import("@playwright/test").Page): Promise<number> {
  return Number(await page.locator("[data-live-count]").first().getAttribute("data-live-count"));
}

test("an open page's counter follows a pledge over the stream, and says so politely", async ({
  page,
  signPledges,
}) => {
  await page.goto("/en/pledge/thank-you");
  // The page's script is running (and so listening) before the pledge is made.
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next))
    .toBe("object");
  const before = await liveCount(page);
  await signPledges([{ displayName: "Live one", showOnWall: false }], "live-stream");
  await expect.poll(() => liveCount(page), { timeout: 10_000 }).toBeGreaterThan(before);
  const now = await liveCount(page);
  await expect(page.locator("[data-counter-announcement]")).toHaveAttribute("aria-live", "polite");
  // Said with the count it reached (or a later one: other tests sign meanwhile).
  const announced = async () =>
    Number(
      (await page.locator("[data-counter-announcement]").textContent())?.replace(/\D/g, "") || 0,
    );
  await expect.poll(announced, { timeout: 10_000 }).toBeGreaterThanOrEqual(now);
  // The bar and its accessible value follow too.
  await expect(page.getByRole("progressbar").first()).toHaveAttribute(
    "aria-valuenow",
    String(await liveCount(page)),
  );
});

test("a page whose stream is refused polls /api/stats instead", async ({ page, signPledges }) => {
  await page.clock.install();
  // As the server answers when it already holds its maximum of streams.
  await page.route("**/api/stats/stream", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ status: "unavailable", message: "busy" }),
    }),
  );
  const polls: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/stats") polls.push(request.url());
  });
  await page.goto("/ar/pledge/thank-you");
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next))
    .toBe("object");
  const before = await liveCount(page);
  await signPledges([{ displayName: "Live two", showOnWall: false }], "live-poll");
  await expect(async () => {
    await page.clock.fastForward(10_000);
    expect(await liveCount(page)).toBeGreaterThan(before);
  }).toPass({ timeout: 20_000 });
  expect(polls.length).toBeGreaterThan(0);
});

test("without JavaScript the count is in the page as served", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en");
  const count = await page.locator("[data-live-count]").first().getAttribute("data-live-count");
  expect(Number(count)).toBeGreaterThanOrEqual(0);
  await expect(page.locator("[data-live-count]").first()).toHaveText(
    new Intl.NumberFormat("en").format(Number(count)),
  );
  await context.close();
});
