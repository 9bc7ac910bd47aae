// PLEDGE_CONFIRMATION=required, end to end: a production server of its own (the shared one counts
// pledges at once, for the other specs) sends to a mail catcher in this worker; the spec signs in
// the browser, reads the email, follows its link with JavaScript off: the GET shows the button and
// confirms nothing, the POST confirms, a second POST says it already is.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import emailMessages from "../../messages/en/email.json" with { type: "json" };
import pledgeMessages from "../../messages/en/pledge.json" with { type: "json" };
import { type MailCatcher, startMailCatcher } from "../../tools/mail-catcher/index";
import { expectNoAxeViolations } from "../support/axe";
import { type ExtraAppServer, startExtraAppServer } from "../support/extra-app-server";
import { testEnv } from "../support/test-env";

const text = pledgeMessages.Pledge;
const confirm = pledgeMessages.PledgeConfirm;

test.describe.configure({ mode: "serial" });
let app: ExtraAppServer;
let mail: MailCatcher;
let pool: pg.Pool;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mail = await startMailCatcher();
  app = await startExtraAppServer(testEnv().E2E_PORT + 19, {
    PLEDGE_CONFIRMATION: "required",
    SMTP_URL: mail.smtpUrl,
    EMAIL_FROM: "blueheart@example.org",
    PLEDGE_MIN_SUBMIT_SECONDS: "1",
  });
  pool = new pg.Pool({ connectionString: app.databaseUrl, max: 1 });
});

test.afterAll(async () => {
  await pool?.end();
  await app?.stop();
  await mail?.close();
});

async function counted(): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Pledge" WHERE "status" = 'ACTIVE'`,
  );
  return rows[0]?.n ?? 0;
}

test("a pledge counts only after the email's link and its button's POST; JavaScript off", async ({
  browser,
}) => {
  const email = `confirm-${randomBytes(5).toString("hex")}@example.org`;
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: app.baseUrl });
  const page = await context.newPage();
  // axe runs in the page, so it looks at the same addresses with JavaScript on (a GET: harmless).
  const looking = await browser.newContext({ baseURL: app.baseUrl });
  const noAxeViolationsAt = async (url: string) => {
    const view = await looking.newPage();
    await view.goto(url);
    await expectNoAxeViolations(view);
    await view.close();
  };
  const before = await counted();

  await page.goto("/en/pledge");
  await page.getByLabel(text.displayNameLabel).fill("Ada");
  await page.getByLabel(text.emailLabel).fill(email);
  await page.getByLabel(text.countryLabel, { exact: true }).selectOption("FR");
  await page.getByRole("checkbox", { name: /I agree that my pledge is stored/ }).check();
  await page.waitForTimeout(1300);
  await page.getByRole("button", { name: text.submit }).click();

  // "Check your inbox", with the address masked; nothing counted yet.
  await expect(page).toHaveURL(/\/en\/pledge\/check-your-inbox\?to=/);
  await expect(page.getByTestId("check-inbox")).toContainText("c***@e***.org");
  await expect(page.getByTestId("check-inbox")).not.toContainText(email);
  await noAxeViolationsAt(page.url());
  expect(await counted()).toBe(before);

  const received = await mail.waitFor((m) => m.to.includes(email));
  expect(received.subject).toBe(emailMessages.Email.pledgeConfirm.subject);
  const href = /https?:\/\/\S+\/en\/pledge\/confirm\?token=[A-Za-z0-9_-]{43}/.exec(
    received.text ?? "",
  )?.[0];
  expect(href, "the confirmation link in the text part").toBeDefined();
  expect(received.html).toContain(`href="${href}"`);
  // The build's SITE_URL is the shared server's; this server answers the same path.
  const link = new URL(href ?? "");
  const path = `${link.pathname}${link.search}`;

  // What a mail scanner does: it opens the link. The page shows the button; nothing changes.
  const scanned = await context.request.get(path);
  expect(scanned.status()).toBe(200);
  await page.goto(path);
  await expect(page.getByRole("button", { name: confirm.button })).toBeVisible();
  await noAxeViolationsAt(path);
  expect(await counted()).toBe(before);

  // A second tab on the same link, for a second click after the first.
  const second = await context.newPage();
  await second.goto(path);

  await page.getByRole("button", { name: confirm.button }).click();
  await expect(page.getByTestId("confirm-result")).toHaveAttribute("data-result", "confirmed");
  await expect(page).not.toHaveURL(/token=/);
  expect(await counted()).toBe(before + 1);

  await second.getByRole("button", { name: confirm.button }).click();
  await expect(second.getByTestId("confirm-result")).toHaveAttribute("data-result", "already");
  await expect(second.getByTestId("confirm-result")).toHaveText(confirm.already);
  expect(await counted()).toBe(before + 1);

  const thanks = await mail.waitFor(
    (m) => m.to.includes(email) && m.subject === emailMessages.Email.pledgeThanks.subject,
  );
  expect(thanks.text).toContain("Ada");
  await noAxeViolationsAt(second.url());
  await context.close();
  await looking.close();
});
