// A supporter asks for their pledge to be deleted: an ADMIN erases it from its detail page, and it
// leaves the database and the counters, with a record in the audit trail that names nobody.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import adminMessages from "../../messages/en/admin.json" with { type: "json" };
import { expect, test } from "./fixtures";

const text = adminMessages.Admin;

/** The counters as the public sees them, summed straight from the shards (no cache). */
async function countedIn(db: PrismaClient, country: string): Promise<number> {
  const rows = await db.counterShard.findMany({
    where: { metric: "pledges_by_country", key: country },
  });
  return rows.reduce((sum, row) => sum + Number(row.value), 0);
}

test("an ADMIN erases a pledge on request: gone from the database, the counter and the wall", async ({
  db,
  signInAs,
  signPledges,
}) => {
  // Nauru: no other browser test signs from there, so its counter is this test's alone.
  const country = "NR";
  const [pledge] = await signPledges(
    [{ displayName: "Erase Me", country, showOnWall: true }],
    "erase",
  );
  if (!pledge) throw new Error("the pledge was not signed");
  const { email } = pledge;
  const before = await countedIn(db, country);

  const { staff: admin, page } = await signInAs("ADMIN");
  await page.goto(`/admin/pledges/${pledge.id}`);
  await page.getByLabel(text.pledgeDetail.eraseConfirm).check();
  await page.getByRole("button", { name: text.pledgeDetail.eraseButton }).click();

  await expect(page).toHaveURL(/\/admin\/pledges$/);
  await expect(page.getByText(text.pledges.erased)).toBeVisible();
  expect(await db.pledge.findFirst({ where: { email } })).toBeNull();
  expect(await countedIn(db, country)).toBe(before - 1);

  const entry = await db.auditEntry.findFirstOrThrow({
    where: { action: "pledge.erased", subjectId: pledge.id },
  });
  expect(entry.actorId).toBe(admin.id);
  expect(JSON.stringify([entry.before, entry.after])).not.toContain(email);
  expect(JSON.stringify([entry.before, entry.after])).not.toContain("Erase Me");
});

test("a REVIEWER sees no erase button on a pledge", async ({ db, signInAs }) => {
  const email = `kept-${randomBytes(5).toString("hex")}@example.org`;
  const pledge = await db.pledge.create({
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
  const { page } = await signInAs("REVIEWER");
  await page.goto(`/admin/pledges/${pledge.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: text.pledgeDetail.eraseButton })).toHaveCount(0);
});
