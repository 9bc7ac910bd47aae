// Finds a Chromium for the browser tests: CHROME_PATH, the usual install paths, or Playwright's own
// browser. With none, tries Playwright's download (needs internet) and otherwise stops with a
// message saying how to get one. Browser tests are never skipped silently.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const KNOWN_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

function playwrightsOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(configured: string | undefined): string {
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROME_PATH is set to ${configured}, but there is no file there.`);
  }
  const found = KNOWN_PATHS.find((path) => existsSync(path)) ?? playwrightsOwn();
  if (found) return found;

  console.warn("No Chrome or Chromium found; trying `npx playwright install chromium`...");
  const install = spawnSync("npx", ["--no-install", "playwright", "install", "chromium"], {
    stdio: "inherit",
  });
  const installed = install.status === 0 ? playwrightsOwn() : undefined;
  if (installed) return installed;
  throw new Error(
    [
      "The browser tests need Chrome or Chromium, and none was found or could be downloaded.",
      "Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome),",
      "or run `npx playwright install chromium` with internet access,",
      "or point CHROME_PATH at a Chrome/Chromium executable.",
    ].join("\n"),
  );
}
