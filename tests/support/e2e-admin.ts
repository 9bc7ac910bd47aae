// Staff accounts and sign-in for the browser tests. Accounts are made in the server's database
// (E2E_DATABASE_URL) with the same function the staff screen uses.
import { randomBytes } from "node:crypto";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { e2eDatabaseUrl } from "./test-env";

export const E2E_STAFF_PASSWORD = "a long and memorable passphrase";

export function e2eClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
}

/** For a spec file: a client opened before its tests and closed after them. */
export function e2eClientForFile(): () => PrismaClient {
  let client: PrismaClient | undefined;
  test.beforeAll(() => {
    client = e2eClient();
  });
  test.afterAll(async () => {
    await client?.$disconnect();
  });
  return () => {
    if (!client) throw new Error("The database client is opened in beforeAll.");
    return client;
  };
}

export async function createE2eStaff(
  client: PrismaClient,
  role: Role,
): Promise<{ id: string; email: string; password: string }> {
  // Imported in the worker, which runs with the react-server condition (server-only modules).
  const { createStaffUser } = await import("../../lib/admin/create-staff-user");
  const email = `${role.toLowerCase()}-${randomBytes(5).toString("hex")}@example.org`;
  const user = await createStaffUser(
    { email, name: null, role, password: E2E_STAFF_PASSWORD },
    null,
    { client },
  );
  return { ...user, password: E2E_STAFF_PASSWORD };
}

export async function signInThroughForm(
  page: Page,
  staff: { email: string; password: string },
): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A browser context signed in as `staff`, for page visits and `context.request` calls. */
export async function signedInContext(
  browser: Browser,
  staff: { email: string; password: string },
): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, staff);
  await page.close();
  return context;
}
