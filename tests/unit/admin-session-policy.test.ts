import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";
import { judgeSession } from "@/lib/auth/session-policy";

const policy = { maxAgeSeconds: 8 * 3600, idleSeconds: 30 * 60 };

describe("a staff session", () => {
  it("stays fresh while the person keeps working within the day", () => {
    expect(judgeSession({ signedInAt: 0, lastSeenAt: 7 * 3600 }, 7 * 3600 + 60, policy)).toBe(
      "fresh",
    );
  });

  it("ends after the idle timeout without activity", () => {
    expect(judgeSession({ signedInAt: 0, lastSeenAt: 100 }, 100 + 30 * 60, policy)).toBe("idle");
  });

  it("ends after a working day even for someone who never stops clicking", () => {
    expect(judgeSession({ signedInAt: 0, lastSeenAt: 8 * 3600 - 1 }, 8 * 3600, policy)).toBe(
      "expired",
    );
  });

  it("treats a token without times (older or forged shape) as expired", () => {
    expect(judgeSession({ signedInAt: 0, lastSeenAt: 0 }, 1_800_000_000, policy)).toBe("expired");
  });
});

describe("the page to return to after sign-in", () => {
  it.each([
    ["/admin/pledges?status=SPAM", "/admin/pledges?status=SPAM"],
    ["/admin", "/admin"],
    ["https://evil.example/admin", "/admin"],
    ["//evil.example/admin", "/admin"],
    ["/admin\\@evil.example", "/admin"],
    ["/administrator", "/admin"],
    ["/admin/sign-in?callbackUrl=/admin", "/admin"],
    [undefined, "/admin"],
  ])("%s becomes %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
