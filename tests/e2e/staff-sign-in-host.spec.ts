// Auth.js trusts the host a request names only when it is SITE_URL's, against the production
// server: a request naming another host (Host or X-Forwarded-Host) gets a 400 that says where the
// site is, never a session, and never a link built from the forged host.
import messages from "../../messages/en/admin.json" with { type: "json" };
import { loopbackRequest } from "../support/loopback-request";
import { postStaffSignIn } from "../support/staff-sign-in-request";
import { testEnv } from "../support/test-env";
import { expect, test } from "./fixtures";

const port = testEnv().E2E_PORT;
const siteUrl = `http://localhost:${port}`;
// An address no other browser test uses against the shared server.
const FROM = "127.0.0.16";

const FORGED_HOSTS: Record<string, Record<string, string>> = {
  "another Host": { host: "evil.example" },
  "another port": { host: `localhost:${port + 1}` },
  "an X-Forwarded-Host beside the right Host": { "x-forwarded-host": "evil.example" },
  "a host with another smuggled in": { "x-forwarded-host": `evil.example@localhost:${port}` },
};

for (const [name, headers] of Object.entries(FORGED_HOSTS)) {
  test(`Auth.js's endpoints answer 400 to ${name}`, async () => {
    const response = await loopbackRequest(`${siteUrl}/api/auth/csrf`, { headers, from: FROM });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      error: `This site is served at ${siteUrl}: sign in there.`,
    });
  });
}

test("a password sign-in naming another host is refused and starts no session", async ({
  createStaff,
}) => {
  const admin = await createStaff("ADMIN");
  const forged = await postStaffSignIn(siteUrl, admin, {
    from: FROM,
    headers: { "x-forwarded-host": "evil.example" },
  });
  expect(forged.code).toBe("http_400");
  expect(forged.cookies).not.toContain("session-token");
  // The same credentials under the site's own host sign in.
  const real = await postStaffSignIn(siteUrl, admin, { from: FROM });
  expect(real.code).toBe("ok");
  expect(real.cookies).toContain("session-token");
});

test("the sign-in form opened under another address says where to sign in", async ({
  browser,
  createStaff,
}) => {
  const admin = await createStaff("ADMIN");
  // 127.0.0.1 reaches the same server, but SITE_URL says localhost.
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByText(messages.Admin.signIn.wrongHost.replace("{site}", siteUrl)),
  ).toBeVisible();
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContainEqual(
    expect.stringContaining("session-token"),
  );
  await context.close();
});
