// Revoking a staff session, against the production server: a copy of the session cookie (taken
// as a thief would, from a signed-in browser) stops working once its owner signs out, is given a
// new password, or has their role changed on the staff screen.
import type { BrowserContext } from "@playwright/test";
import messages from "../../messages/en/admin.json" with { type: "json" };
import {
  test as base,
  type E2eStaff,
  expect,
  signedInContext,
  signInThroughForm,
} from "./fixtures";

const { layout, staff: staffScreen } = messages.Admin;

/**
 * A REVIEWER signed in (`owner`), and another browser holding a copy of the owner's cookies that
 * gets in (`thief`); both closed after the test.
 */
const test = base.extend<{
  stolen: { reviewer: E2eStaff; owner: BrowserContext; thief: BrowserContext };
}>({
  stolen: async ({ browser, createStaff }, use) => {
    const reviewer = await createStaff("REVIEWER");
    const owner = await signedInContext(browser, reviewer);
    const thief = await browser.newContext();
    await thief.addCookies(await owner.cookies());
    expect(await getsIn(thief)).toBe(true);
    await use({ reviewer, owner, thief });
    await Promise.all([owner.close(), thief.close()]);
  },
});

/** Whether `context` gets into the pledge list (true) or is sent to sign in (false). */
async function getsIn(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto("/admin/pledges");
  const inside = new URL(page.url()).pathname === "/admin/pledges";
  await page.close();
  return inside;
}

test("a copied session cookie stops working when its owner signs out", async ({ stolen }) => {
  const { reviewer, owner, thief } = stolen;

  const page = await owner.newPage();
  await page.goto("/admin");
  await page.getByRole("button", { name: layout.signOut }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);

  expect(await getsIn(thief)).toBe(false);
  // Signing in again starts a session that works.
  await signInThroughForm(page, reviewer);
  expect(await getsIn(owner)).toBe(true);
});

test("a copied session cookie stops working after a password change", async ({ stolen }) => {
  const { reviewer, owner, thief } = stolen;

  // Imported in the worker, which runs with the react-server condition (server-only modules).
  const { changeStaffPassword } = await import("../../lib/admin/change-staff-password");
  const password = "another long and memorable passphrase";
  expect(await changeStaffPassword(reviewer.id, password, null)).toEqual({ ok: true });

  expect(await getsIn(thief)).toBe(false);
  expect(await getsIn(owner)).toBe(false);
  const page = await owner.newPage();
  await signInThroughForm(page, { email: reviewer.email, password });
  expect(await getsIn(owner)).toBe(true);
});

test("a copied session cookie stops working after a role change on the staff screen", async ({
  stolen,
  signInAs,
}) => {
  const { reviewer, owner, thief } = stolen;
  const { page } = await signInAs("ADMIN");
  const adminContext = page.context();
  await page.goto("/admin/staff");
  const row = page.getByRole("row", { name: new RegExp(reviewer.email) });
  await row
    .getByLabel(staffScreen.changeRole.replace("{email}", reviewer.email))
    .selectOption("ADMIN");
  await row.getByRole("button", { name: staffScreen.saveRole }).click();
  await expect(page.getByText(staffScreen.updated)).toBeVisible();

  expect(await getsIn(thief)).toBe(false);
  expect(await getsIn(owner)).toBe(false);
  // The admin who made the change is still signed in.
  expect(await getsIn(adminContext)).toBe(true);
});
