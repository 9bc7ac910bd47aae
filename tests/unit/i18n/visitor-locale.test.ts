import { describe, expect, it } from "vitest";
import { visitorLocale } from "@/i18n/visitor-locale";

describe("the visitor's UN language, from Accept-Language", () => {
  it.each([
    ["ar-EG,ar;q=0.9,en;q=0.5", "ar"],
    ["zh-CN,zh;q=0.9", "zh"],
    ["fr-CA", "fr"],
    ["es-419,es;q=0.9", "es"],
    ["ru", "ru"],
    ["en-GB,en;q=0.9", "en"],
  ])("%s reads %s", (header, locale) => {
    expect(visitorLocale(header)).toBe(locale);
  });

  it("follows the q-values, not the order of the header", () => {
    expect(visitorLocale("en;q=0.2, ru;q=0.8, fr;q=0.5")).toBe("ru");
  });

  it("takes the first of the six the visitor accepts when the first choice is not one", () => {
    expect(visitorLocale("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7")).toBe("fr");
  });

  it("falls back to English for other languages, a missing header, * and nonsense", () => {
    expect(visitorLocale("de-DE,de;q=0.9")).toBe("en");
    expect(visitorLocale(null)).toBe("en");
    expect(visitorLocale("")).toBe("en");
    expect(visitorLocale("*")).toBe("en");
    expect(visitorLocale("not a language!!, ;q=x")).toBe("en");
  });

  it("never picks a language the visitor refuses with q=0", () => {
    expect(visitorLocale("ar;q=0, de")).toBe("en");
  });
});
