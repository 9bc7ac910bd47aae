import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken } from "@/lib/pledges/form-token";

const minimum = 3;

describe("the pledge form token", () => {
  it("is refused before the minimum time and accepted after it", () => {
    const shownAt = Date.now();
    const token = issueFormToken(shownAt);
    expect(checkFormToken(token, shownAt + 2_999, minimum)).toBe("tooFast");
    expect(checkFormToken(token, shownAt + 3_000, minimum)).toBe("ok");
  });

  it("expires after a day", () => {
    const shownAt = Date.now();
    const token = issueFormToken(shownAt);
    expect(checkFormToken(token, shownAt + 24 * 60 * 60 * 1000 + 1, minimum)).toBe("expired");
  });

  it("cannot be backdated without the secret", () => {
    const shownAt = Date.now();
    const [, signature] = issueFormToken(shownAt).split(".");
    expect(checkFormToken(`${shownAt - 60_000}.${signature}`, shownAt, minimum)).toBe("invalid");
  });

  it("refuses anything that is not a token", () => {
    for (const value of [undefined, null, 42, "", "abc", "1.2", `${"9".repeat(200)}.x`]) {
      expect(checkFormToken(value, Date.now(), minimum)).toBe("invalid");
    }
  });
});
