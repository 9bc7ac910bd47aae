// Browser tests: Chromium against the production build (`npm run build` first; `npm test` does it),
// served by scripts/e2e-server.ts on a fresh copy of the migrated test database.
import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { databaseUrl } from "./lib/database/admin";
import { findChromium } from "./tests/support/chromium";
import { e2eBakedEnv } from "./tests/support/e2e-app-env";
import { E2E_WEBHOOK_SECRET } from "./tests/support/e2e-stripe";
import { setEnv, testEnv } from "./tests/support/test-env";
import { EMBEDDED_TEST_SERVER_URL } from "./tests/support/test-server-url";

// This file is evaluated by the runner and again by each worker; the workers inherit the runner's
// environment, so the database name chosen here is the same everywhere.
const { E2E_PORT, TEST_DATABASE_URL, E2E_DATABASE_NAME, E2E_DATABASE_URL, CI, CHROME_PATH } =
  testEnv();
const serverUrl = TEST_DATABASE_URL ?? EMBEDDED_TEST_SERVER_URL;
const databaseName = E2E_DATABASE_NAME ?? `bh_test_e2e_${randomBytes(5).toString("hex")}`;
const e2eDatabaseUrl = E2E_DATABASE_URL ?? databaseUrl(serverUrl, databaseName);
setEnv({
  E2E_DATABASE_NAME: databaseName,
  E2E_DATABASE_URL: e2eDatabaseUrl,
  // Tests arrange data with the app's own modules (tests/e2e/fixtures.ts), on the server's database.
  DATABASE_URL: e2eDatabaseUrl,
});
// Tests may call the app's server modules (`import "server-only"`) to arrange data, as Next's server
// bundle does; workers inherit this.
if (!process.env.NODE_OPTIONS?.includes("react-server")) {
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim();
}

export default defineConfig({
  testDir: "tests",
  testMatch: ["e2e/**/*.spec.ts", "fuzz/**/*.spec.ts", "logs/**/*.spec.ts"],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test-results/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(CHROME_PATH),
      // This machine has no internet: keep Chromium from trying to reach Google at start-up.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-gpu",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: ["fuzz/**", "logs/**"],
      use: { ...devices["Desktop Chrome"] },
    },
    // The fuzz suite runs once the browser tests are done, alone, so the rows it counts before and
    // after are its own (`npm run fuzz` runs only this project, with 10,000 cases).
    { name: "fuzz", testMatch: ["fuzz/**/*.spec.ts"], dependencies: ["chromium"] },
    // Last: the server's log over the whole run (tests/support/e2e-server-log.ts).
    { name: "logs", testMatch: ["logs/**/*.spec.ts"], dependencies: ["fuzz"] },
  ],
  webServer: {
    command: "tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://localhost:${E2E_PORT}/robots.txt`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(E2E_PORT),
      // As the build was made (scripts/test.ts): SITE_URL and the operator's contact.
      ...e2eBakedEnv(E2E_PORT),
      // Donations run against the offline Stripe emulator, on a port of their own.
      STRIPE_EMULATOR: "true",
      STRIPE_EMULATOR_PORT: String(E2E_PORT + 9031),
      // Known to the tests, so the fuzz suite can sign events as Stripe does.
      STRIPE_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
      // One web process: a spec reads its own writes through the per-process data cache (the
      // counter); tests/e2e/every-core.spec.ts runs a server of several workers of its own.
      WEB_CONCURRENCY: "1",
      // Every browser test signs from 127.0.0.1: the per-IP limit is tested in the integration
      // tests, not here. The minimum form time stays on, shorter.
      PLEDGE_RATE_LIMIT_BURST: "1000",
      PLEDGE_DOMAIN_RATE_LIMIT_BURST: "1000",
      // Likewise the checkout sessions one address may open (10 per 10 minutes): the browser tests
      // open more than that between them; client-address.spec.ts tests the limit on its own server.
      DONATION_RATE_LIMIT_PER_IP: "1000",
      PLEDGE_MIN_SUBMIT_SECONDS: "1",
      // Pledges count at once, as the specs that count them expect; the confirmation flow runs on
      // a server of its own with a mail catcher (tests/e2e/pledge-confirmation.spec.ts).
      PLEDGE_CONFIRMATION: "off",
      // The admin tests watch one rare country's public count move by one; the threshold below
      // which a country is left out (10 by default) is tested in the integration tests.
      PUBLIC_COUNTRY_MIN_PLEDGES: "1",
    },
  },
});
