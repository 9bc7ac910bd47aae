// The brand faces (docs/decisions/021-fonts.md): self-hosted, and loaded per language, so a page in a
// Latin or Cyrillic language downloads no Arabic or Chinese glyphs, and an Arabic page sets its text
// in the Arabic face. Also prints the bytes of fonts each language's home page downloads.
import { expect, type Page, test } from "@playwright/test";
import { routing } from "../../i18n/routing";

const ARABIC_OR_CHINESE_FACE = /noto-sans-(arabic|sc)-/;

/** Text in each script, for pages whose language is not routed yet: set on the English home page. */
const SAMPLE_TEXT: Record<string, string> = {
  ar: "القلب الأزرق: حملة لمكافحة الاتجار بالبشر. وقّع التعهد وتبرّع.",
  zh: "蓝心运动：打击贩运人口。签署承诺，捐款支持受害者。",
  ru: "Голубое сердце: кампания против торговли людьми. Подпишите обязательство.",
  fr: "Cœur bleu : campagne contre la traite des êtres humains. Signez l’engagement.",
  es: "Corazón Azul: campaña contra la trata de personas. Firme el compromiso.",
  en: "Blue Heart: the campaign against human trafficking. Sign the pledge.",
};
const LANGUAGES = ["en", "fr", "es", "ru", "ar", "zh"] as const;

type FontLoad = { url: string; bytes: number };

/** Every font file the page downloads until its fonts are ready. */
async function loadFonts(page: Page, open: () => Promise<void>): Promise<FontLoad[]> {
  const loads: Promise<FontLoad>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "font") return;
    loads.push(response.body().then((body) => ({ url: response.url(), bytes: body.length })));
  });
  await open();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState("networkidle");
  return Promise.all(loads);
}

/** The home page in `language`: its own address once routed, else English with text in its script. */
async function openHome(page: Page, language: string) {
  if ((routing.locales as readonly string[]).includes(language)) {
    await page.goto(language === routing.defaultLocale ? "/" : `/${language}`);
    return;
  }
  await page.goto("/");
  // After hydration: React would otherwise put the English page back over the sample.
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next))
    .toBe("object");
  await page.evaluate(
    ({ lang, text }) => {
      document.documentElement.lang = lang;
      const main = document.querySelector("main");
      if (main) {
        main.lang = lang;
        main.textContent = text;
      }
    },
    { lang: language, text: SAMPLE_TEXT[language] ?? "" },
  );
}

function fileName(url: string): string {
  return new URL(url).pathname.split("/").pop() ?? url;
}

test("each language's home page downloads only its own faces, from this site", async ({
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const own = new URL(baseURL ?? "").origin;
  const rows: string[] = [];
  for (const language of LANGUAGES) {
    // A fresh page for each language: the memory cache would hide what it downloads.
    const page = await context.newPage();
    const fonts = await loadFonts(page, () => openHome(page, language));
    for (const font of fonts) expect(new URL(font.url).origin, font.url).toBe(own);
    const names = fonts.map((font) => fileName(font.url));
    if (language !== "ar" && language !== "zh") {
      expect(
        names.filter((name) => ARABIC_OR_CHINESE_FACE.test(name)),
        `${language} downloads no Arabic or Chinese face`,
      ).toEqual([]);
    }
    if (language !== "ru" && routing.locales.some((locale) => locale === language)) {
      expect(
        names.filter((name) => name.includes("cyrillic")),
        `${language} downloads no Cyrillic face (the switcher's "Русский" is in system fonts)`,
      ).toEqual([]);
    }
    if (language === "ru") expect(names.some((name) => name.includes("cyrillic"))).toBe(true);
    if (language === "ar")
      expect(names.some((name) => name.includes("noto-sans-arabic-arabic"))).toBe(true);
    if (language === "zh")
      expect(names.some((name) => name.startsWith("noto-sans-sc-"))).toBe(true);
    const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
    const routed = (routing.locales as readonly string[]).includes(language) ? "page" : "sample";
    rows.push(
      `${language.padEnd(3)} ${routed.padEnd(7)} ${String(fonts.length).padStart(3)} files ${(total / 1024).toFixed(1).padStart(7)} KiB  ${names.map((name) => name.replace(/\.[^.]+\.woff2$/, "")).join(", ")}`,
    );
    await page.close();
  }
  const table = ["font bytes per home page (lang, source, files, size, faces)", ...rows].join("\n");
  console.log(table);
  await testInfo.attach("font-bytes.txt", { body: table, contentType: "text/plain" });
});

test("an Arabic page sets its text in the Arabic face, a Chinese one in the Chinese face", async ({
  page,
}) => {
  // A word of the page's own script (check() would also ask for the face's unused Latin subset).
  for (const [language, face, word] of [
    ["ar", "Noto Sans Arabic Variable", "القلب"],
    ["zh", "Noto Sans SC Variable", "蓝心"],
  ] as const) {
    await openHome(page, language);
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toContain(face);
    // The face loads once the text is laid out; then the page's own text is set in it.
    await expect
      .poll(
        () =>
          page.evaluate(
            ({ face, text }) =>
              document.fonts.ready.then(
                () =>
                  [...document.fonts].some(
                    (font) => font.family.replaceAll('"', "") === face && font.status === "loaded",
                  ) && document.fonts.check(`16px "${face}"`, text),
              ),
            { face, text: word },
          ),
        { message: `${face} loaded on the ${language} page` },
      )
      .toBe(true);
  }
});

test("an English page names only the Latin and Cyrillic face", async ({ page }) => {
  await page.goto("/");
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family.startsWith('"Noto Sans Variable"')).toBe(true);
  expect(family).not.toContain("Arabic");
  expect(family).not.toContain("SC");
});
