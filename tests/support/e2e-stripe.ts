/** The webhook signing secret of the browser-test server (playwright.config.ts sets it). */
export const E2E_WEBHOOK_SECRET = "whsec_browser_tests_not_secret";
