// The operator's wording (MESSAGES_OVERRIDE_DIR) reaches what the app answers: POST /api/pledges,
// the real route, speaks the folder's sentences and keeps the built-in ones it does not change.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/socket-address-header";
import { pledgeInput } from "./pledge-test-input";

const overrides = mkdtempSync(join(tmpdir(), "bh-overrides-"));
mkdirSync(join(overrides, "en"));
writeFileSync(
  join(overrides, "en", "pledge.json"),
  JSON.stringify({
    Pledge: {
      errorSummary: "A few answers need another look.",
      errors: { displayNameRequired: "Tell us the name to show on the wall." },
    },
  }),
);

let POST: (request: Request) => Promise<Response>;
beforeAll(async () => {
  vi.stubEnv("MESSAGES_OVERRIDE_DIR", overrides);
  vi.resetModules();
  ({ POST } = await import("@/app/api/pledges/route"));
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(overrides, { recursive: true, force: true });
});

describe("POST /api/pledges with MESSAGES_OVERRIDE_DIR", () => {
  it("answers in the operator's words where the folder has them, the built-in ones elsewhere", async () => {
    const response = await POST(
      new Request("http://localhost/api/pledges", {
        method: "POST",
        headers: { "content-type": "application/json", [SOCKET_ADDRESS_HEADER]: "203.0.113.60" },
        body: JSON.stringify(pledgeInput({ displayName: "", email: "nope" })),
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.message).toBe("A few answers need another look.");
    expect(body.fieldErrors.displayName).toEqual({
      code: "displayNameRequired",
      message: "Tell us the name to show on the wall.",
    });
    expect(body.fieldErrors.email).toEqual({
      code: "emailInvalid",
      message: "Enter an email address in the form name@example.org.",
    });
  });
});
