import { expect, test } from "@playwright/test";
import messages from "../../messages/en.json" with { type: "json" };

test.use({ javaScriptEnabled: false });

test("shows the whole 404 page for an unknown URL, even with JavaScript off", async ({ page }) => {
  const response = await page.goto("/no-such-page/at-all");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.NotFound.title);
  await expect(page.getByRole("link", { name: messages.NotFound.homeLink })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
