// What the browser tests' production build and server are made with. The build bakes these into its
// prerendered pages and `npm start` refuses other values beside them (lib/build-record.ts), so
// scripts/test.ts builds with them and playwright.config.ts starts the server with them.
export const E2E_CONTACT_EMAIL = "privacy@blueheart.example.org";

export function e2eBakedEnv(port: number): Record<string, string> {
  return { SITE_URL: `http://localhost:${port}`, OPERATOR_CONTACT_EMAIL: E2E_CONTACT_EMAIL };
}
