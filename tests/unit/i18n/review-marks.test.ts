import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flattenCatalog } from "@/i18n/catalog-check";
import { englishMessages } from "@/i18n/messages";
import { UN_LOCALES } from "@/i18n/routing";

// messages/review/<locale>.json: { "Pledge.form.consentLabel": "why a native speaker should read
// it" }. The keys are the catalogs' dotted keys; a mark on a key that does not exist is a mistake.
const REVIEW = join(process.cwd(), "messages", "review");
const reviewFiles = existsSync(REVIEW)
  ? readdirSync(REVIEW).filter((name) => name.endsWith(".json"))
  : [];
const englishKeys = new Set(flattenCatalog(englishMessages).keys());

describe("native-review marks", () => {
  it.each(reviewFiles)("%s names only existing messages, each with a note", (file) => {
    const locale = file.slice(0, -".json".length);
    expect(UN_LOCALES).toContain(locale);
    expect(existsSync(join(process.cwd(), "messages", `${locale}.json`)), `${locale} catalog`).toBe(
      true,
    );
    const marks: unknown = JSON.parse(readFileSync(join(REVIEW, file), "utf8"));
    expect(marks).toBeTypeOf("object");
    for (const [key, note] of Object.entries(marks as Record<string, unknown>)) {
      expect(englishKeys.has(key), `${file}: ${key} is not a message key`).toBe(true);
      expect(
        typeof note === "string" && note.trim().length > 0,
        `${file}: ${key} needs a note`,
      ).toBe(true);
    }
  });

  it("has a review list for every translated catalog", () => {
    const translated = readdirSync(join(process.cwd(), "messages")).filter(
      (name) => name.endsWith(".json") && name !== "en.json",
    );
    for (const file of translated) expect(reviewFiles).toContain(file);
  });
});
