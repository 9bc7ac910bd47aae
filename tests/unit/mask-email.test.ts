import { describe, expect, it } from "vitest";
import { isMaskedEmail, maskEmail } from "@/lib/pledges/mask-email";

describe("the masked address on 'check your inbox'", () => {
  it("keeps the first letter of each part and the top-level domain", () => {
    expect(maskEmail("ada.lovelace@example.org")).toBe("a***@e***.org");
    expect(maskEmail("Émile@école.fr")).toBe("É***@é***.fr");
    expect(maskEmail("root@localhost")).toBe("r***@l***");
    expect(maskEmail("not-an-address")).toBe("***");
  });

  it("shows only what maskEmail could have made, never other text from the address bar", () => {
    expect(isMaskedEmail(maskEmail("ada.lovelace@example.org"))).toBe(true);
    expect(isMaskedEmail(maskEmail("Émile@école.fr"))).toBe(true);
    expect(isMaskedEmail("ada@example.org")).toBe(false);
    expect(isMaskedEmail("Your pledge was rejected, call 0800 ...")).toBe(false);
    expect(isMaskedEmail(["a***@e***.org"])).toBe(false);
    expect(isMaskedEmail(undefined)).toBe(false);
  });
});
