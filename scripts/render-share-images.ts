// Renders the share image (Open Graph, 1200 × 630) of each language into public/share-images/, in
// headless Chromium with the site's own Noto faces, and records the words each one shows in
// public/share-images/manifest.json. Run it after changing Metadata.siteName or
// Metadata.ogImageTagline in a catalog: tests/unit/share-images.test.ts fails until the images
// show the catalogs' words. Chromium, not next/og: Satori, behind next/og, lays out neither Arabic
// (no shaping, no right to left) nor Chinese without a font of each, at build time on every deploy.
//
//   npm run share-images   (CHROME_PATH picks the browser, as for the browser tests)
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { routing } from "@/i18n/routing";
import {
  SHARE_IMAGE_SIZE,
  SHARE_IMAGES_DIR,
  type ShareImageManifest,
} from "@/lib/campaign/share-images";
import { textDirection } from "@/lib/campaign/text-direction";
import { findChromium } from "@/tests/support/chromium";
import { testEnv } from "@/tests/support/test-env";

const root = process.cwd();
const faces = [
  "@fontsource-variable/noto-sans/wght.css",
  "@fontsource-variable/noto-sans-arabic/wght.css",
  "@fontsource-variable/noto-sans-sc/wght.css",
].map((file) => pathToFileURL(join(root, "node_modules", file)).href);

const HEART_PATH =
  "M32 56.5c-1.1 0-2.2-.4-3-1.1C17.3 45.3 3.5 33.7 3.5 19.6 3.5 10.3 10.6 3 19.3 3c5.3 0 9.9 2.6 12.7 6.9C34.8 5.6 39.4 3 44.7 3c8.7 0 15.8 7.3 15.8 16.6 0 14.1-13.8 25.7-25.5 35.8-.8.7-1.9 1.1-3 1.1Z";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

function page(locale: string, title: string, tagline: string): string {
  const family =
    locale === "ar"
      ? '"Noto Sans Variable", "Noto Sans Arabic Variable"'
      : locale === "zh"
        ? '"Noto Sans Variable", "Noto Sans SC Variable"'
        : '"Noto Sans Variable"';
  return `<!doctype html>
<html lang="${locale}" dir="${textDirection(locale)}">
<head>
<meta charset="utf-8">
${faces.map((href) => `<link rel="stylesheet" href="${href}">`).join("\n")}
<style>
  html, body { margin: 0; width: ${SHARE_IMAGE_SIZE.width}px; height: ${SHARE_IMAGE_SIZE.height}px; }
  body {
    display: flex; align-items: center; gap: 64px; padding: 0 96px; box-sizing: border-box;
    background: linear-gradient(160deg, #eef4fc 0%, #ffffff 70%); color: #0d2b5a;
    font-family: ${family}, sans-serif;
  }
  svg { flex: none; }
  h1 { margin: 0 0 16px; font-size: 96px; font-weight: 700; line-height: 1.15; }
  p { margin: 0; font-size: 44px; line-height: 1.3; color: #465366; }
</style>
</head>
<body>
<svg width="300" height="272" viewBox="0 0 64 58" aria-hidden="true"><path fill="#1f63c6" d="${HEART_PATH}"/></svg>
<div><h1>${escapeHtml(title)}</h1><p>${escapeHtml(tagline)}</p></div>
</body>
</html>`;
}

const browser = await chromium.launch({
  executablePath: findChromium(testEnv().CHROME_PATH),
  // The page is a file, and its faces are files in node_modules: fonts are fetched with CORS, which
  // a file:// page only passes with this flag.
  args: [
    "--allow-file-access-from-files",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  const outDir = join(root, SHARE_IMAGES_DIR);
  const scratch = mkdtempSync(join(tmpdir(), "share-images-"));
  mkdirSync(outDir, { recursive: true });
  const manifest: ShareImageManifest = {};
  for (const locale of routing.locales) {
    const { Metadata } = JSON.parse(readFileSync(join(root, "messages", `${locale}.json`), "utf8"));
    const title: string = Metadata.siteName;
    const tagline: string = Metadata.ogImageTagline;
    const tab = await browser.newPage({ viewport: SHARE_IMAGE_SIZE });
    const html = join(scratch, `${locale}.html`);
    writeFileSync(html, page(locale, title, tagline));
    await tab.goto(pathToFileURL(html).href, { waitUntil: "load" });
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    // Set in the site's faces, or not at all: a fallback face would go unnoticed in a PNG.
    const loaded = await tab.evaluate(() =>
      [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family),
    );
    if (!loaded.some((family) => family.includes("Noto Sans"))) {
      throw new Error(`${locale}: the Noto faces did not load (${loaded.join(", ") || "none"})`);
    }
    const png = await tab.screenshot({ type: "png" });
    await tab.close();
    writeFileSync(join(outDir, `${locale}.png`), png);
    manifest[locale] = {
      title,
      tagline,
      sha256: createHash("sha256").update(png).digest("hex"),
    };
    console.log(`${locale}: ${png.length} bytes, "${title}" / "${tagline}"`);
  }
  writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  await browser.close();
}
