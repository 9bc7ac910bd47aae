import { randomBytes } from "node:crypto";
import { issueFormToken } from "@/lib/pledges/form-token";

/** A form token from a minute ago: past the minimum time, well within the maximum age. */
export function settledFormToken(): string {
  return issueFormToken(Date.now() - 60_000);
}

/** Valid pledge input as the form or the API sends it; override any field. */
export function pledgeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    displayName: "Amina",
    email: `supporter-${randomBytes(6).toString("hex")}@example.org`,
    country: "KE",
    message: "",
    showOnWall: false,
    consent: true,
    formToken: settledFormToken(),
    website: "",
    ...overrides,
  };
}

export function pledgeContext(ipHash = randomBytes(16).toString("hex")) {
  return { ipHash, locale: "en" };
}
