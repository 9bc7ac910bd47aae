import { describe, expect, it } from "vitest";
import { textDirection } from "@/lib/campaign/text-direction";

describe("text direction", () => {
  it("writes Arabic right to left, whatever the region", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-EG")).toBe("rtl");
  });

  it("writes the other UN languages left to right", () => {
    for (const locale of ["en", "fr", "es", "ru", "zh", "zh-Hans"]) {
      expect(textDirection(locale), locale).toBe("ltr");
    }
  });

  it("falls back to the language before the separator for a malformed tag", () => {
    expect(textDirection("ar_")).toBe("rtl");
    expect(textDirection("en_")).toBe("ltr");
  });
});
