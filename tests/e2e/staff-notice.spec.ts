// The staff sign-in page's public notice (docs/decisions/025-staff-notice.md), against the
// production server: a member of the public who lands there reads, in the language their browser
// asks for, that this is the staff area and that it is in English, with the way to the public site in
// that language. The staff area around it stays English.
import ar from "../../messages/ar.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import zh from "../../messages/zh.json" with { type: "json" };
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "./fixtures";

const CASES = [
  { header: "ar-EG,ar;q=0.9,en;q=0.3", locale: "ar", dir: "rtl", strings: ar.StaffNotice },
  { header: "zh-CN,zh;q=0.9", locale: "zh", dir: "ltr", strings: zh.StaffNotice },
] as const;

for (const { header, locale, dir, strings } of CASES) {
  test(`a visitor asking for ${header} reads the notice in ${locale}, marked lang=${locale} dir=${dir}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale,
      extraHTTPHeaders: { "accept-language": header },
    });
    const page = await context.newPage();
    await page.goto("/admin/sign-in");
    const notice = page.getByRole("region", { name: strings.title });
    await expect(notice).toHaveAttribute("lang", locale);
    await expect(notice).toHaveAttribute("dir", dir);
    await expect(notice).toContainText(strings.body);
    await expect(notice.getByRole("link", { name: strings.back })).toHaveAttribute(
      "href",
      `/${locale}`,
    );
    // The staff area itself stays English, and the page says so in its own language.
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");
    await expectNoAxeViolations(page);
    await context.close();
  });
}

test("a visitor asking for a language the site does not have reads the notice in English", async ({
  browser,
}) => {
  const context = await browser.newContext({
    locale: "de-DE",
    extraHTTPHeaders: { "accept-language": "de-DE,de;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/admin/sign-in");
  const notice = page.getByRole("region", { name: en.StaffNotice.title });
  await expect(notice).toHaveAttribute("lang", "en");
  await expect(notice).toHaveAttribute("dir", "ltr");
  await expect(notice).toContainText(en.StaffNotice.body);
  await expect(notice.getByRole("link", { name: en.StaffNotice.back })).toHaveAttribute(
    "href",
    "/en",
  );
  await context.close();
});

test("the sign-in page tells caches that it depends on Accept-Language", async ({ request }) => {
  for (const [header, title] of [
    ["ar", ar.StaffNotice.title],
    ["zh-CN", zh.StaffNotice.title],
    ["de", en.StaffNotice.title],
  ] as const) {
    const response = await request.get("/admin/sign-in", {
      headers: { "accept-language": header },
    });
    expect(response.status()).toBe(200);
    // One address, a different page per Accept-Language: what Vary tells a cache.
    expect(await response.text()).toContain(title);
    const vary = (response.headers().vary ?? "")
      .split(",")
      .map((value) => value.trim().toLowerCase());
    expect(vary).toContain("accept-language");
    // Next.js's own fields are still there beside it.
    expect(vary).toContain("rsc");
  }
});
