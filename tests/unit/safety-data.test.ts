import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import {
  emergencyNumbersFor,
  helpLinesByCountry,
  mergeHelpLines,
  requestedCountry,
  shownHelpLines,
  telHref,
  visitorCountry,
} from "@/lib/safety/help-line-list";
import { helpLineSchema, helpLinesFileSchema } from "@/lib/safety/help-line-schema";
import {
  BUILT_IN_HELP_LINES,
  EMERGENCY_NUMBERS,
  FALLBACK_DIRECTORIES,
} from "@/lib/safety/help-lines";
import { ADVICE, SIGN_GROUPS, STAYING_SAFE_SOURCES } from "@/lib/safety/signs";
import safety from "@/messages/en/safety.json";

const collator = new Intl.Collator("en");
const [first] = BUILT_IN_HELP_LINES;
if (first === undefined) throw new Error("no built-in help lines");
const englishName = (code: string) =>
  new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;

describe("the built-in help lines", () => {
  it("each carries its source URL and the date it was checked", () => {
    expect(BUILT_IN_HELP_LINES.length).toBe(21);
    for (const line of BUILT_IN_HELP_LINES) {
      expect(helpLineSchema.safeParse(line).success, line.id).toBe(true);
      expect(line.sources.length, line.id).toBeGreaterThan(0);
      for (const source of line.sources) expect(source.url, line.id).toMatch(/^https:\/\//);
      expect(line.checked, line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("refuses an entry without a source or without a checked date", () => {
    const line = first;
    const { sources: _sources, ...unsourced } = line;
    const { checked: _checked, ...unchecked } = line;
    expect(helpLineSchema.safeParse(unsourced).success).toBe(false);
    expect(helpLineSchema.safeParse({ ...line, sources: [] }).success).toBe(false);
    expect(helpLineSchema.safeParse(unchecked).success).toBe(false);
    expect(
      helpLineSchema.safeParse({ ...line, sources: [{ url: "https://example.org" }] }).success,
    ).toBe(false);
  });

  it("has unique ids, and a note in the catalog for every one", () => {
    const ids = BUILT_IN_HELP_LINES.map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(safety.HelpLines.notes).sort()).toEqual([...ids].sort());
  });

  it("copies the UK helpline's digits exactly (a council page drops one)", () => {
    const uk = BUILT_IN_HELP_LINES.find((line) => line.id === "gb-modern-slavery-helpline");
    expect(uk?.contacts[0]?.value).toBe("08000 121 700");
    expect(telHref("08000 121 700")).toBe("tel:08000121700");
    expect(telHref("+31 70 333 44 44")).toBe("tel:+31703334444");
  });

  it("shows 116 016 for Germany only", () => {
    const with116 = BUILT_IN_HELP_LINES.filter((line) =>
      line.contacts.some((contact) => contact.value.replace(/\s/g, "").endsWith("116016")),
    );
    expect(with116.map((line) => line.country)).toEqual(["DE"]);
  });

  it("gives every emergency number and directory a source", () => {
    for (const entry of [...EMERGENCY_NUMBERS, ...FALLBACK_DIRECTORIES]) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    }
    expect(Object.keys(safety.GetHelp.emergency).sort()).toEqual(
      EMERGENCY_NUMBERS.map((entry) => entry.id).sort(),
    );
  });
});

describe("the help-line list", () => {
  it("puts the visitor's country first, then the others by name", () => {
    const groups = helpLinesByCountry(shownHelpLines([]), englishName, collator, "GB");
    expect(groups[0]?.country).toBe("GB");
    const rest = groups.slice(1).map((group) => englishName(group.country));
    expect(rest).toEqual([...rest].sort(collator.compare));
    expect(emergencyNumbersFor("GB")[0]?.number).toBe("999");
    expect(emergencyNumbersFor("NL")[0]?.number).toBe("112");
  });

  it("reads ?country= only as a country's two-letter code", () => {
    expect(requestedCountry("gb")).toBe("GB");
    expect(requestedCountry(["US", "GB"])).toBe("US");
    expect(requestedCountry("<script>")).toBeUndefined();
    expect(requestedCountry("ZZ")).toBeUndefined();
    expect(requestedCountry(undefined)).toBeUndefined();
  });

  it("takes the visitor's country from their choice, else from their language's region", () => {
    expect(visitorCountry("MX", "fr-CA,fr")).toEqual({ code: "MX", from: "choice" });
    expect(visitorCountry(undefined, "fr-CA,fr;q=0.9")).toEqual({ code: "CA", from: "language" });
    expect(visitorCountry(undefined, "ar-EG")).toEqual({ code: "EG", from: "language" });
    expect(visitorCountry("ZZ", "es-MX")).toEqual({ code: "MX", from: "language" });
    expect(visitorCountry(undefined, "fr")).toBeUndefined();
    expect(visitorCountry(undefined, null)).toBeUndefined();
  });

  it("lets an operator's entry replace a built-in one with the same id, or add one", () => {
    const replacement = {
      ...first,
      contacts: [{ kind: "phone" as const, value: "1-800-000-0000" }],
      note: "Replaced by the operator.",
    };
    const added = { ...replacement, id: "xx-added", country: "KE" };
    const merged = mergeHelpLines(BUILT_IN_HELP_LINES, [replacement, added]);
    expect(merged).toHaveLength(BUILT_IN_HELP_LINES.length + 1);
    const us = merged.filter((line) => line.id === replacement.id);
    expect(us).toHaveLength(1);
    expect(us[0]?.builtIn).toBe(false);
    expect(us[0]?.note).toBe("Replaced by the operator.");
    expect(merged.find((line) => line.id === "xx-added")?.country).toBe("KE");
  });
});

describe("HELP_LINES_FILE", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  function file(content: string): string {
    dir = mkdtempSync(join(tmpdir(), "help-lines-"));
    const path = join(dir, "help-lines.json");
    writeFileSync(path, content);
    return path;
  }

  it("is read and checked at start-up", () => {
    const entry = { ...first, id: "ke-example", country: "KE", note: "A note." };
    const env = parseEnv({ HELP_LINES_FILE: file(JSON.stringify([entry])) });
    expect(env.HELP_LINES_FILE).toEqual([entry]);
    expect(parseEnv({}).HELP_LINES_FILE).toEqual([]);
    expect(helpLinesFileSchema.safeParse([entry]).success).toBe(true);
  });

  it("stops start-up on an entry without its source, naming the entry and the field", () => {
    const { sources: _sources, ...unsourced } = { ...first, id: "ke-bad" };
    const path = file(JSON.stringify([unsourced]));
    expect(() => parseEnv({ HELP_LINES_FILE: path })).toThrow(
      /HELP_LINES_FILE: .*entry 0 \(ke-bad\) sources/,
    );
  });

  it("stops start-up on a file that is missing or not JSON", () => {
    expect(() => parseEnv({ HELP_LINES_FILE: file("{ not json") })).toThrow(
      /HELP_LINES_FILE: cannot read .* as JSON/,
    );
    expect(() => parseEnv({ HELP_LINES_FILE: "/no/such/help-lines.json" })).toThrow(
      /HELP_LINES_FILE: cannot read \/no\/such\/help-lines.json/,
    );
  });
});

describe("the signs and the safety advice", () => {
  it("cite a source for every part, and have every item in the catalog", () => {
    const items = safety.LearnSigns.items as Record<string, string>;
    const groups = safety.LearnSigns.groups as Record<string, unknown>;
    for (const group of SIGN_GROUPS) {
      expect(groups[group.id], group.id).toBeTruthy();
      for (const part of group.parts) {
        expect(part.sources.length, `${group.id}/${part.id}`).toBeGreaterThan(0);
        for (const item of part.items) expect(items[item], item).toBeTruthy();
      }
    }
    for (const entry of ADVICE) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    expect(ADVICE.some((entry) => entry.kind === "do")).toBe(true);
    expect(ADVICE.some((entry) => entry.kind === "dont")).toBe(true);
    for (const sources of Object.values(STAYING_SAFE_SOURCES)) {
      expect(sources.length).toBeGreaterThan(0);
    }
  });

  it("keeps the 11 ILO indicators of forced labour", () => {
    const work = SIGN_GROUPS.find((group) => group.id === "work");
    expect(work?.parts[0]?.items).toHaveLength(11);
  });
});
