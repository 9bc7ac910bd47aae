import { expect, type Page } from "@playwright/test";

/**
 * Public pages are served from a cache that is at most a few seconds old (decision 034): a change
 * shows on a later copy, not necessarily the next. Loads `path` until `check` passes.
 */
export async function gotoUntil(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: 20_000 });
}
