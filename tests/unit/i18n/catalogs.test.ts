import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compareCatalog,
  describeCatalogProblem,
  flattenCatalog,
  messageFragments,
  messageSignature,
} from "@/i18n/catalog-check";
import { FEATURE_CATALOGS } from "@/i18n/messages";
import { routing, UN_LOCALES } from "@/i18n/routing";
import { MESSAGES_DIR, PUBLIC_FEATURE_FILES, publicCatalog } from "@/tests/support/public-catalog";

// Every catalog on disk is checked, enabled or not: a language's files are right before it is
// switched on in i18n/routing.ts.
const presentLocales = readdirSync(MESSAGES_DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.slice(0, -".json".length));
const translatedLocales = presentLocales.filter((locale) => locale !== "en");
const english = publicCatalog("en");

describe("message catalogs", () => {
  it("has catalogs only for the six UN languages, and one for every enabled language", () => {
    for (const locale of presentLocales) expect(UN_LOCALES).toContain(locale);
    for (const locale of routing.locales) expect(presentLocales).toContain(locale);
  });

  it("reads the same feature files as the app (i18n/messages.ts)", () => {
    expect(PUBLIC_FEATURE_FILES).toEqual(FEATURE_CATALOGS.map((name) => `${name}.json`));
  });

  it("parses every English message as ICU", () => {
    for (const [key, message] of english) {
      expect(() => messageSignature(message), key).not.toThrow();
    }
  });

  it.each(translatedLocales)(
    "%s has every English key, no other, with English's arguments",
    (locale) => {
      const problems = compareCatalog(english, publicCatalog(locale)).map(describeCatalogProblem);
      expect(problems).toEqual([]);
    },
  );
});

describe("the catalog comparison", () => {
  const source = flattenCatalog({
    A: { wait: "Wait {minutes, plural, one {# minute} other {# minutes}}." },
    B: { hello: "Hello {name}, see <link>the page</link>." },
    C: { who: "{role, select, admin {Admin} other {Staff}}" },
  });

  it("finds a missing key and a key English does not have", () => {
    const translated = new Map(source);
    translated.delete("A.wait");
    translated.set("A.extra", "Extra");
    expect(compareCatalog(source, translated)).toEqual([
      { kind: "missing", key: "A.wait" },
      { kind: "unknown", key: "A.extra" },
    ]);
  });

  it("accepts other plural categories (Arabic's six) with the same arguments", () => {
    const translated = new Map(source);
    translated.set(
      "A.wait",
      "انتظر {minutes, plural, zero {# دقيقة} one {دقيقة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}.",
    );
    expect(compareCatalog(source, translated)).toEqual([]);
  });

  it("refuses a renamed argument, a changed type, a lost tag and changed select options", () => {
    const translated = new Map(source);
    translated.set("A.wait", "Attendez {minutes} minutes.");
    translated.set("B.hello", "Bonjour {nom}, voir la page.");
    translated.set("C.who", "{role, select, admin {Admin} staff {Staff} other {Personnel}}");
    expect(compareCatalog(source, translated).map((problem) => problem.key)).toEqual([
      "A.wait",
      "B.hello",
      "C.who",
    ]);
  });

  it("refuses a message that is not valid ICU", () => {
    const translated = new Map(source);
    translated.set("B.hello", "Bonjour {name");
    expect(compareCatalog(source, translated)[0]?.kind).toBe("unparsable");
  });
});

describe("a message's fragments (what a reader sees of it)", () => {
  it("splits at arguments and plurals and keeps the text of options and tags", () => {
    expect(messageFragments("Wait {minutes, plural, one {# minute} other {# minutes}}.")).toEqual([
      "Wait",
      "minute",
      "minutes",
      ".",
    ]);
    expect(messageFragments("Hello {name}, see <link>the   page</link> now.")).toEqual([
      "Hello",
      ", see",
      "the page",
      "now.",
    ]);
  });
});
