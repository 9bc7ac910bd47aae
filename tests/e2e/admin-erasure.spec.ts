// A supporter asks for their pledge to be deleted: an ADMIN erases it from its detail page, and it
// leaves the database and the counters, with a record in the audit trail that names nobody.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import adminMessages from "../../messages/en/admin.json" with { type: "json" };
import { createE2eStaff, e2eClient, signedInContext } from "../support/e2e-admin";

const text = adminMessages.Admin;
let client: PrismaClient;

test.beforeAll(() => {
  client = e2eClient();
});

test.afterAll(async () => {
  await client.$disconnect();
});

/** The counters as the public sees them, summed straight from the shards (no cache). */
async function countedIn(country: string): Promise<number> {
  const rows = await client.counterShard.findMany({
    where: { metric: "pledges_by_country", key: country },
  });
  return rows.reduce((sum, row) => sum + Number(row.value), 0);
}

test("an ADMIN erases a pledge on request: gone from the database, the counter and the wall", async ({
  browser,
  request,
}) => {
  // Nauru: no other browser test signs from there, so its counter is this test's alone.
  const country = "NR";
  const email = `erase-${randomBytes(5).toString("hex")}@example.org`;
  const token = await request.get("/api/pledges");
  const { formToken, minimumSeconds } = (await token.json()) as {
    formToken: string;
    minimumSeconds: number;
  };
  await new Promise((resolve) => setTimeout(resolve, minimumSeconds * 1000 + 300));
  const signed = await request.post("/api/pledges", {
    data: { displayName: "Erase Me", email, country, consent: true, showOnWall: true, formToken },
  });
  expect(signed.status()).toBe(201);
  const pledge = await client.pledge.findFirstOrThrow({ where: { email } });
  const before = await countedIn(country);

  const admin = await createE2eStaff(client, "ADMIN");
  const context = await signedInContext(browser, admin);
  const page = await context.newPage();
  await page.goto(`/admin/pledges/${pledge.id}`);
  await page.getByLabel(text.pledgeDetail.eraseConfirm).check();
  await page.getByRole("button", { name: text.pledgeDetail.eraseButton }).click();

  await expect(page).toHaveURL(/\/admin\/pledges$/);
  await expect(page.getByText(text.pledges.erased)).toBeVisible();
  expect(await client.pledge.findFirst({ where: { email } })).toBeNull();
  expect(await countedIn(country)).toBe(before - 1);

  const entry = await client.auditEntry.findFirstOrThrow({
    where: { action: "pledge.erased", subjectId: pledge.id },
  });
  expect(entry.actorId).toBe(admin.id);
  expect(JSON.stringify([entry.before, entry.after])).not.toContain(email);
  expect(JSON.stringify([entry.before, entry.after])).not.toContain("Erase Me");
  await context.close();
});

test("a REVIEWER sees no erase button on a pledge", async ({ browser }) => {
  const reviewer = await createE2eStaff(client, "REVIEWER");
  const email = `kept-${randomBytes(5).toString("hex")}@example.org`;
  const pledge = await client.pledge.create({
    data: {
      displayName: "Kept",
      email,
      emailKey: email,
      country: "NR",
      status: "SPAM",
      consentAt: new Date(),
      consentNoticeVersion: "2026-11-28",
    },
  });
  const context = await signedInContext(browser, reviewer);
  const page = await context.newPage();
  await page.goto(`/admin/pledges/${pledge.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: text.pledgeDetail.eraseButton })).toHaveCount(0);
  await context.close();
});
