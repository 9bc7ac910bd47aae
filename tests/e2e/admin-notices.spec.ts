// The outcome of a staff action is told once on the page it redirects to (lib/admin/flash-notice.ts):
// through a short-lived cookie scoped to /admin, never a `?notice=` in the address, and never a
// cookie on the public site.
import type { Page } from "@playwright/test";
import adminMessages from "../../messages/en/admin.json" with { type: "json" };
import { expect, test } from "./fixtures";

const text = adminMessages.Admin;

async function promote(page: Page, email: string): Promise<void> {
  await page.goto("/admin/staff");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByLabel(text.staff.changeRole.replace("{email}", email)).selectOption("ADMIN");
  await row.getByRole("button", { name: text.staff.saveRole }).click();
}

test("a staff action's notice shows once after the redirect, and not again on reload", async ({
  db,
  createStaff,
  signInAs,
}) => {
  const { page } = await signInAs("ADMIN");
  const context = page.context();
  const target = await createStaff("REVIEWER");

  await promote(page, target.email);
  await expect(page.getByRole("status")).toHaveText(text.staff.updated);
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect
    .poll(async () => (await db.user.findUniqueOrThrow({ where: { id: target.id } })).role)
    .toBe("ADMIN");

  // Read once: the cookie is gone as soon as the notice is on screen.
  await expect
    .poll(async () => (await context.cookies()).some((cookie) => cookie.name === "bh_notice"))
    .toBe(false);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.staff.title);
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("the notice also arrives without JavaScript (a plain form post and a 303)", async ({
  createStaff,
  signInAs,
}) => {
  const { page } = await signInAs("ADMIN", { javaScriptEnabled: false });
  const context = page.context();
  const target = await createStaff("REVIEWER");

  await promote(page, target.email);
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(page.getByRole("status")).toHaveText(text.staff.updated);
  const flash = (await context.cookies()).find((cookie) => cookie.name === "bh_notice");
  // Scoped to the staff area, and short-lived when no script is there to clear it.
  expect(flash?.path).toBe("/admin");
  expect(flash?.expires ?? 0).toBeGreaterThan(0);
});

test("a forged notice cookie shows nothing", async ({ signInAs, baseURL }) => {
  const { page } = await signInAs("ADMIN");
  await page.context().addCookies([
    {
      name: "bh_notice",
      value: JSON.stringify({ key: "toString" }),
      url: `${baseURL}/admin`,
    },
  ]);
  await page.goto("/admin/staff");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.staff.title);
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("public pages never set or read the notice cookie", async ({ request, baseURL }) => {
  // Even a browser that still holds a notice cookie gets none back from the public site.
  const headers = { cookie: `bh_notice=${encodeURIComponent('{"key":"staff.updated"}')}` };
  for (const path of [
    "/en",
    "/fr/pledge",
    "/en/donate",
    "/ar/supporters",
    "/en/privacy",
    "/api/stats",
  ]) {
    const response = await request.get(`${baseURL}${path}`, { headers, maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["set-cookie"] ?? "", path).not.toContain("bh_notice");
    expect(await response.text(), path).not.toContain(text.staff.updated);
  }
});
