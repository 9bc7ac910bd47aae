// Staff work in a real browser against the production server: sign in, review a message and see it
// on the public wall, mark a pledge spam and see the public counter drop by one, export, sign out.
import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import adminMessages from "../../messages/en/admin.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { gotoUntil } from "../support/cached-page";
import { expect, signInThroughForm, test } from "./fixtures";

const text = adminMessages.Admin;

interface PublicStats {
  pledges: number;
  pledgesByCountry: Record<string, number>;
}

async function publicStats(request: APIRequestContext): Promise<PublicStats> {
  const response = await request.get("/api/stats");
  return (await response.json()) as PublicStats;
}

// Other browser tests sign pledges at the same time, so the spam pledge signs from a country no
// other test uses: its public per-country counter is this test's alone. The total is checked
// against the rows instead.
const SPAM_COUNTRY = "TV";

test("a wrong password shows an error that does not say whether the account exists", async ({
  page,
  createStaff,
}) => {
  const staff = await createStaff("REVIEWER");
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill("not the right one at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(text.signIn.invalid)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/sign-in/);

  // The same words for an address that is not staff at all.
  await page.getByLabel("Email").fill(`nobody-${randomBytes(3).toString("hex")}@example.org`);
  await page.getByLabel("Password").fill("not the right one at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(text.signIn.invalid)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("staff approve a message onto the wall, mark spam, export and sign out", async ({
  page,
  request,
  db,
  createStaff,
  signPledges,
}) => {
  const tag = randomBytes(3).toString("hex");
  const [wish, spam] = await signPledges(
    [
      { displayName: `Wall ${tag}`, message: `No one is for sale ${tag}`, showOnWall: true },
      { displayName: `Spam ${tag}`, message: "", showOnWall: false, country: SPAM_COUNTRY },
    ],
    "admin-e2e",
  );
  if (!wish || !spam) throw new Error("the pledges were not signed");
  const admin = await createStaff("ADMIN");
  await signInThroughForm(page, admin);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.dashboard.title);

  // Approve from the review queue: the item leaves the queue at once.
  await page.getByRole("link", { name: text.layout.pledges }).click();
  const item = page.getByRole("listitem").filter({ hasText: `No one is for sale ${tag}` });
  await item.getByRole("button", { name: text.pledges.approve }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText(text.pledges.approved);
  await expect
    .poll(async () => (await db.pledge.findUniqueOrThrow({ where: { id: wish.id } })).messageStatus)
    .toBe("APPROVED");

  const wall = await page.context().newPage();
  await gotoUntil(wall, "/supporters", () =>
    expect(wall.getByRole("listitem").filter({ hasText: `Wall ${tag}` })).toContainText(
      `No one is for sale ${tag}`,
      { timeout: 1000 },
    ),
  );
  await wall.close();

  // Mark the other pledge spam from its detail page: the public counter drops by exactly one.
  await expect
    .poll(async () => (await publicStats(request)).pledgesByCountry[SPAM_COUNTRY] ?? 0)
    .toBe(1);
  await page.goto(`/admin/pledges/${spam.id}`);
  await page.getByRole("button", { name: text.pledges.markSpam }).click();
  await expect(page.getByRole("status")).toHaveText(text.pledges.markedSpam);
  await expect
    .poll(async () => (await publicStats(request)).pledgesByCountry[SPAM_COUNTRY] ?? 0)
    .toBe(0);
  // The total follows the rows too (no drift however many tests sign meanwhile).
  await expect
    .poll(async () => {
      const [stats, rows] = await Promise.all([
        publicStats(request),
        db.pledge.count({ where: { status: "ACTIVE" } }),
      ]);
      return stats.pledges === rows;
    })
    .toBe(true);
  await expect(page.getByRole("table", { name: text.pledgeDetail.historyCaption })).toContainText(
    "pledge.marked_spam",
  );

  // Export the pledges as CSV.
  await page.getByRole("link", { name: text.layout.exports }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: text.exports.download }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^pledges-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const csv = await readFile(path);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString("utf8")).toContain(`Wall ${tag}`);

  // Every step is on the audit trail.
  await page.getByRole("link", { name: text.layout.audit }).click();
  const trail = page.getByRole("table", { name: text.audit.caption });
  for (const action of [
    "export.pledges",
    "pledge.marked_spam",
    "pledge.message_approved",
    "auth.sign_in",
  ]) {
    await expect(trail).toContainText(action);
  }

  await page.getByRole("button", { name: text.layout.signOut }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto("/admin/pledges");
  await expect(page).toHaveURL(/\/admin\/sign-in\?callbackUrl=%2Fadmin%2Fpledges$/);
});

test("a disabled account is refused on its very next request", async ({ db, signInAs }) => {
  const { staff: reviewer, page } = await signInAs("REVIEWER");
  expect((await page.goto("/admin/pledges"))?.status()).toBe(200);

  await db.user.update({ where: { id: reviewer.id }, data: { active: false } });
  await page.goto("/admin/pledges");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("admin pages have no axe violations", async ({ db, signInAs, signPledges }) => {
  // Nine pages, each loaded and scanned: over a minute on a loaded two-core machine.
  test.slow();
  const [pledge] = await signPledges(
    [{ displayName: "Axe check", message: "A message to review", showOnWall: true }],
    "admin-e2e",
  );
  // A failed email, so the outbox shows its error and its Retry button.
  await db.emailOutbox.create({
    data: {
      kind: "pledge-thanks",
      recipient: "axe-outbox@example.org",
      locale: "en",
      data: {},
      status: "FAILED",
      attempts: 11,
      lastError: "550 No such mailbox here",
    },
  });
  const { page } = await signInAs("ADMIN");
  for (const path of [
    "/admin",
    "/admin/pledges",
    `/admin/pledges/${pledge?.id}`,
    "/admin/donations",
    "/admin/exports",
    "/admin/audit",
    "/admin/staff",
    "/admin/outbox",
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expectNoAxeViolations(page);
  }

  const { page: reviewerPage } = await signInAs("REVIEWER");
  const refused = await reviewerPage.goto("/admin/staff");
  expect(refused?.status()).toBe(403);
  await expect(reviewerPage).toHaveURL(/\/admin\/staff$/);
  await expect(reviewerPage.getByRole("heading", { level: 1 })).toHaveText(text.forbidden.title);
  await expectNoAxeViolations(reviewerPage);
});
