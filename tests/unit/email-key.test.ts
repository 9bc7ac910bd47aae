import { describe, expect, it } from "vitest";
import { emailKey } from "@/lib/pledges/email-key";

describe("the email key of 'one pledge per person'", () => {
  it("ignores case, a +tag and the Unicode form of the same letters", () => {
    const key = emailKey("zoë@example.org");
    for (const spelling of [
      "Zoë@Example.org",
      "ZOË@EXAMPLE.ORG",
      "zoë+pledge@example.org",
      "zoe\u0308@example.org",
      "  zoë+a+b@example.org ",
    ]) {
      expect(emailKey(spelling), spelling).toBe(key);
    }
  });

  it("keeps different addresses apart, and a plus in the domain as it is", () => {
    expect(emailKey("ada@example.org")).not.toBe(emailKey("ada.l@example.org"));
    expect(emailKey("ada@example.org")).not.toBe(emailKey("ada@example.com"));
    expect(emailKey("ada@ex+ample.org")).toBe("ada@ex+ample.org");
  });
});
