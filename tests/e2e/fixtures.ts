// The browser tests' fixtures (Playwright `test.extend`, as epic-stack's tests/playwright-utils.ts):
// a spec names what it needs and gets it made before and cleaned up after.
//
// - `db` (one per worker): the app's own Prisma client, on the server's database. playwright.config.ts
//   points DATABASE_URL at it for the workers, so `lib/` functions called here write where the
//   server reads, with no client passed through them.
// - `createStaff(role)` (one per worker, so `beforeAll` can use it): a staff account made by the
//   function the staff screen uses, with a known password.
// - `signIn(staff, options?)`: a page in a new browser context signed in through the form; closed
//   after the test. `signInAs(role)`: a fresh account of that role, signed in.
// - `signPledges(pledges, prefix)`: pledges signed through the public API; their ids and emails.
import { randomBytes } from "node:crypto";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect,
  type Page,
} from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { type ApiPledge, signPledgesViaApi } from "../support/e2e-pledges";
import { e2eDatabaseUrl } from "../support/test-env";

export const E2E_STAFF_PASSWORD = "a long and memorable passphrase";

export interface E2eStaff {
  id: string;
  email: string;
  password: string;
}

export async function signInThroughForm(
  page: Page,
  staff: Pick<E2eStaff, "email" | "password">,
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
  staff: E2eStaff,
  options?: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInThroughForm(page, staff);
  await page.close();
  return context;
}

interface WorkerFixtures {
  db: PrismaClient;
  createStaff(role: Role): Promise<E2eStaff>;
}

interface TestFixtures {
  signIn(staff: E2eStaff, options?: BrowserContextOptions): Promise<Page>;
  signInAs(role: Role, options?: BrowserContextOptions): Promise<{ staff: E2eStaff; page: Page }>;
  signPledges(
    pledges: readonly ApiPledge[],
    emailPrefix: string,
  ): Promise<Array<{ id: string; email: string }>>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  db: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern.
    async ({}, use) => {
      // Imported in the worker, which runs with the react-server condition (server-only modules).
      const [{ db, disconnectDb }, { env }] = await Promise.all([
        import("../../lib/db"),
        import("../../lib/env"),
      ]);
      if (env.DATABASE_URL !== e2eDatabaseUrl()) {
        throw new Error("DATABASE_URL is not the browser tests' database: run through Playwright.");
      }
      await use(db);
      await disconnectDb();
    },
    { scope: "worker" },
  ],
  createStaff: [
    async ({ db: _db }, use) => {
      const { createStaffUser } = await import("../../lib/admin/create-staff-user");
      await use(async (role) => {
        const email = `${role.toLowerCase()}-${randomBytes(5).toString("hex")}@example.org`;
        const user = await createStaffUser(
          { email, name: null, role, password: E2E_STAFF_PASSWORD },
          null,
        );
        return { ...user, password: E2E_STAFF_PASSWORD };
      });
    },
    { scope: "worker" },
  ],
  signIn: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (staff, options) => {
      const context = await signedInContext(browser, staff, options);
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  signInAs: async ({ createStaff, signIn }, use) => {
    await use(async (role, options) => {
      const staff = await createStaff(role);
      return { staff, page: await signIn(staff, options) };
    });
  },
  signPledges: async ({ db, request }, use) => {
    await use(async (pledges, emailPrefix) => {
      const emails = await signPledgesViaApi(request, pledges, emailPrefix);
      const rows = await db.pledge.findMany({
        where: { email: { in: emails } },
        select: { id: true, email: true },
      });
      return emails.map((email) => ({
        id: rows.find((row) => row.email === email)?.id ?? "",
        email,
      }));
    });
  },
});

export { expect };
