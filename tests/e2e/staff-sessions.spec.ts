// Revoking a staff session, against the production server: a copy of the session cookie (taken
// as a thief would, from a signed-in browser) stops working once its owner signs out, is given a
// new password, or has their role changed on the staff screen.
import { type Browser, type BrowserContext, expect, test } from "@playwright/test";
import messages from "../../messages/en/admin.json" with { type: "json" };
import * as staff from "../support/e2e-admin";

const database = staff.e2eClientForFile();
const { layout, staff: staffScreen } = messages.Admin;

/** Another browser holding a copy of `owner`'s cookies. */
async function copyOfSession(browser: Browser, owner: BrowserContext): Promise<BrowserContext> {
  const thief = await browser.newContext();
  await thief.addCookies(await owner.cookies());
  return thief;
}

/** Whether `context` gets into the pledge list (true) or is sent to sign in (false). */
async function getsIn(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto("/admin/pledges");
  const inside = new URL(page.url()).pathname === "/admin/pledges";
  await page.close();
  return inside;
}

test("a copied session cookie stops working when its owner signs out", async ({ browser }) => {
  const reviewer = await staff.createE2eStaff(database(), "REVIEWER");
  const owner = await staff.signedInContext(browser, reviewer);
  const thief = await copyOfSession(browser, owner);
  expect(await getsIn(thief)).toBe(true);

  const page = await owner.newPage();
  await page.goto("/admin");
  await page.getByRole("button", { name: layout.signOut }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);

  expect(await getsIn(thief)).toBe(false);
  // Signing in again starts a session that works.
  await staff.signInThroughForm(page, reviewer);
  expect(await getsIn(owner)).toBe(true);
  await Promise.all([owner.close(), thief.close()]);
});

test("a copied session cookie stops working after a password change", async ({ browser }) => {
  const reviewer = await staff.createE2eStaff(database(), "REVIEWER");
  const owner = await staff.signedInContext(browser, reviewer);
  const thief = await copyOfSession(browser, owner);
  expect(await getsIn(thief)).toBe(true);

  // Imported in the worker, which runs with the react-server condition (server-only modules).
  const { changeStaffPassword } = await import("../../lib/admin/change-staff-password");
  const password = "another long and memorable passphrase";
  expect(await changeStaffPassword(reviewer.id, password, null, { client: database() })).toEqual({
    ok: true,
  });

  expect(await getsIn(thief)).toBe(false);
  expect(await getsIn(owner)).toBe(false);
  const page = await owner.newPage();
  await staff.signInThroughForm(page, { email: reviewer.email, password });
  expect(await getsIn(owner)).toBe(true);
  await Promise.all([owner.close(), thief.close()]);
});

test("a copied session cookie stops working after a role change on the staff screen", async ({
  browser,
}) => {
  const admin = await staff.createE2eStaff(database(), "ADMIN");
  const reviewer = await staff.createE2eStaff(database(), "REVIEWER");
  const owner = await staff.signedInContext(browser, reviewer);
  const thief = await copyOfSession(browser, owner);
  expect(await getsIn(thief)).toBe(true);

  const adminContext = await staff.signedInContext(browser, admin);
  const page = await adminContext.newPage();
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
  await Promise.all([owner.close(), thief.close(), adminContext.close()]);
});
