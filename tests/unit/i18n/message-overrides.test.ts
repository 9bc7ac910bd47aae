import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { flattenCatalog } from "@/i18n/catalog-check";
import {
  applyMessageOverrides,
  MessageOverridesError,
  readMessageOverrides,
} from "@/i18n/message-overrides";
import { englishMessages } from "@/i18n/messages";
import { buildRecordOf, planProductionStart } from "@/lib/build-record";
import { parseEnv } from "@/lib/env";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** An override folder holding `files` (path inside the folder → content; objects as JSON). */
function folder(files: Record<string, unknown>): string {
  dir = mkdtempSync(join(tmpdir(), "messages-override-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      typeof content === "string" ? content : JSON.stringify(content, null, 2),
    );
  }
  return dir;
}

/** The problems readMessageOverrides refuses the folder with, one line each. */
function problemsOf(path: string): readonly string[] {
  try {
    readMessageOverrides(path);
  } catch (error) {
    if (error instanceof MessageOverridesError) return error.problems;
    throw error;
  }
  throw new Error("the folder was accepted");
}

const english = flattenCatalog(englishMessages);

describe("reading an override folder", () => {
  it("reads each language's files, base and feature catalogs alike, as flat strings", () => {
    const path = folder({
      "en.json": { Metadata: { siteName: "Blue Heart, Example City" } },
      "en/pledge.json": {
        Pledge: { errors: { displayNameRequired: "Please tell us your name." } },
      },
      "en/admin.json": { Admin: { signIn: { title: "Example staff sign-in" } } },
      "fr/donate.json": { Donate: { title: "Faire un don à l’exemple" } },
    });
    const overrides = readMessageOverrides(path);
    expect(Object.fromEntries(overrides.en ?? [])).toEqual({
      "Metadata.siteName": "Blue Heart, Example City",
      "Pledge.errors.displayNameRequired": "Please tell us your name.",
      "Admin.signIn.title": "Example staff sign-in",
    });
    expect(Object.fromEntries(overrides.fr ?? [])).toEqual({
      "Donate.title": "Faire un don à l’exemple",
    });
    expect(overrides.ar).toBeUndefined();
  });

  it("accepts an empty folder, and ignores notes and hidden files beside the catalogs", () => {
    expect(readMessageOverrides(folder({ "README.md": "Our wording.", ".keep": "" }))).toEqual({});
  });

  it("keeps a message's arguments and tags while changing its words and plural forms", () => {
    const key = "Admin.signIn.rateLimited";
    expect(english.get(key)).toContain("{minutes, plural,");
    const path = folder({
      "en/admin.json": {
        Admin: {
          signIn: {
            rateLimited:
              "Slow down: try again in {minutes, plural, one {a minute} other {# minutes}}.",
          },
        },
      },
    });
    expect(readMessageOverrides(path).en?.get(key)).toBe(
      "Slow down: try again in {minutes, plural, one {a minute} other {# minutes}}.",
    );
  });
});

describe("refusing an override", () => {
  it("refuses a key English does not have, naming the file and the key", () => {
    const path = folder({ "fr.json": { Metadata: { siteNmae: "Cœur bleu" } } });
    expect(problemsOf(path)).toEqual([
      `${join(path, "fr.json")}: Metadata.siteNmae: English has no such message`,
    ]);
  });

  it("refuses a key put in another catalog's file, saying which file it belongs in", () => {
    const path = folder({
      "es.json": { Pledge: { errors: { displayNameRequired: "Su nombre." } } },
    });
    expect(problemsOf(path)).toEqual([
      `${join(path, "es.json")}: Pledge.errors.displayNameRequired: English has no such message here, it belongs in es/pledge.json`,
    ]);
  });

  it("refuses a message whose arguments differ from the built-in one", () => {
    const key = "Admin.layout.signedInAs";
    expect(english.get(key)).toBe("Signed in as {email} ({role})");
    const path = folder({
      "en/admin.json": { Admin: { layout: { signedInAs: "Signed in as {mail}" } } },
    });
    expect(problemsOf(path)).toEqual([
      `${join(path, "en/admin.json")}: ${key}: arguments {mail, text} differ from English's {email, text} {role, text}`,
    ]);
  });

  it("refuses a message whose rich-text tags differ from the built-in one", () => {
    const key = "Pledge.consentLabel";
    expect(english.get(key)).toContain("<link>privacy notice</link>");
    const path = folder({
      "en/pledge.json": {
        Pledge: { consentLabel: "I agree to the <strong>privacy notice</strong>." },
      },
    });
    expect(problemsOf(path)).toEqual([
      `${join(path, "en/pledge.json")}: ${key}: arguments <strong> differ from English's <link>`,
    ]);
  });

  it("refuses a message that is not valid ICU", () => {
    const path = folder({ "ru.json": { Metadata: { siteName: "Синее сердце {" } } });
    const [problem, ...others] = problemsOf(path);
    expect(others).toEqual([]);
    expect(problem).toMatch(
      new RegExp(`^${join(path, "ru.json")}: Metadata\\.siteName: not a valid ICU message`),
    );
  });

  it("refuses an empty message", () => {
    const path = folder({ "en.json": { Metadata: { siteName: "  " } } });
    expect(problemsOf(path)).toEqual([
      `${join(path, "en.json")}: Metadata.siteName: an empty message`,
    ]);
  });

  it("refuses a file that is not JSON, or whose messages are not strings", () => {
    const path = folder({
      "ar.json": "{ Metadata: nope",
      "zh.json": { Metadata: { siteName: 7 } },
    });
    const problems = problemsOf(path);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^${join(path, "ar.json")}: not valid JSON`));
    expect(problems[1]).toBe(
      `${join(path, "zh.json")}: Metadata.siteName: expected an object of messages`,
    );
  });

  it("refuses files and folders it would otherwise ignore: another language, a misspelled catalog", () => {
    const path = folder({
      "de.json": { Metadata: { siteName: "Blaues Herz" } },
      "pt/pledge.json": {},
      "fr/pledges.json": {},
      "fr/admin.json": {},
    });
    expect([...problemsOf(path)].sort()).toEqual(
      [
        `${join(path, "de.json")}: not a language of this site (ar, zh, en, fr, ru, es)`,
        `${join(path, "pt")}: not a language's folder (ar, zh, en, fr, ru, es)`,
        `${join(path, "fr/pledges.json")}: not one of the catalog files (donate.json, email.json, pledge.json, safety.json)`,
        `${join(path, "fr/admin.json")}: not one of the catalog files (donate.json, email.json, pledge.json, safety.json)`,
      ].sort(),
    );
  });

  it("refuses a folder that does not exist", () => {
    expect(problemsOf("/no/such/overrides")).toEqual(["/no/such/overrides: no such folder"]);
  });

  it("lists every problem of every file at once, in a message a person can act on", () => {
    const path = folder({
      "fr.json": { Metadata: { siteNmae: "Cœur bleu" } },
      "en/admin.json": { Admin: { layout: { signedInAs: "Signed in as {mail}" } } },
    });
    expect(() => readMessageOverrides(path)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          new RegExp(
            `^Blue Heart cannot start: the message overrides in MESSAGES_OVERRIDE_DIR \\(${path}\\) have problems\\.\\n` +
              `  - ${join(path, "en/admin.json")}: Admin\\.layout\\.signedInAs: arguments[^\\n]*\\n` +
              `  - ${join(path, "fr.json")}: Metadata\\.siteNmae: English has no such message\\n`,
          ),
        ),
      }),
    );
  });
});

describe("merging overrides over the built-in catalog", () => {
  it("replaces only the overridden strings and leaves the built-in catalog untouched", () => {
    const before = englishMessages.Admin.signIn.title;
    const merged = applyMessageOverrides(
      englishMessages,
      new Map([["Admin.signIn.title", "Example staff sign-in"]]),
    );
    expect(merged.Admin.signIn.title).toBe("Example staff sign-in");
    expect(merged.Admin.signIn.intro).toBe(englishMessages.Admin.signIn.intro);
    expect(merged.Metadata).toEqual(englishMessages.Metadata);
    expect(englishMessages.Admin.signIn.title).toBe(before);
  });

  it("gives the site's messages the folder's wording when MESSAGES_OVERRIDE_DIR is set", async () => {
    vi.stubEnv(
      "MESSAGES_OVERRIDE_DIR",
      folder({ "en/admin.json": { Admin: { signIn: { title: "Example staff sign-in" } } } }),
    );
    vi.resetModules();
    const { loadSiteMessages } = await import("@/i18n/site-messages");
    const messages = await loadSiteMessages("en");
    expect(messages.Admin.signIn.title).toBe("Example staff sign-in");
    expect(messages.Admin.signIn.intro).toBe(englishMessages.Admin.signIn.intro);
  });

  it("gives the built-in catalog unchanged when MESSAGES_OVERRIDE_DIR is unset", async () => {
    vi.stubEnv("MESSAGES_OVERRIDE_DIR", "");
    vi.resetModules();
    const { loadSiteMessages } = await import("@/i18n/site-messages");
    const builtIn = await import("@/i18n/messages");
    expect(await loadSiteMessages("en")).toBe(builtIn.englishMessages);
  });
});

describe("MESSAGES_OVERRIDE_DIR and the build", () => {
  it("is baked in at build: a start with another folder is refused, one without it inherits the build's", () => {
    const path = folder({});
    const built = buildRecordOf(
      parseEnv({ OPERATOR_CONTACT_EMAIL: "privacy@example.org", MESSAGES_OVERRIDE_DIR: path }),
    );
    expect(built.baked.MESSAGES_OVERRIDE_DIR).toBe(path);

    const other = parseEnv({ MESSAGES_OVERRIDE_DIR: "/srv/other-wording" });
    const refused = planProductionStart(built, other, new Set(["MESSAGES_OVERRIDE_DIR"]));
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.message).toContain(
        `MESSAGES_OVERRIDE_DIR: the build has ${path}, this start has /srv/other-wording`,
      );
    }

    const inherited = planProductionStart(built, parseEnv({}), new Set());
    expect(inherited).toEqual({
      ok: true,
      env: expect.objectContaining({ MESSAGES_OVERRIDE_DIR: path }),
    });
  });

  it("refuses a start whose folder's files were edited since the build, and accepts them unchanged", () => {
    const path = folder({ "en.json": { Metadata: { siteName: "Blue Heart, Example City" } } });
    const settings = { OPERATOR_CONTACT_EMAIL: "privacy@example.org", MESSAGES_OVERRIDE_DIR: path };
    const built = buildRecordOf(parseEnv(settings));
    const explicit = new Set(Object.keys(settings));
    expect(planProductionStart(built, parseEnv(settings), explicit).ok).toBe(true);

    writeFileSync(
      join(path, "en.json"),
      JSON.stringify({ Metadata: { siteName: "Blue Heart, Another City" } }),
    );
    for (const start of [
      planProductionStart(built, parseEnv(settings), explicit),
      planProductionStart(built, parseEnv({}), new Set()),
    ]) {
      expect(start).toEqual({
        ok: false,
        message: expect.stringContaining(
          `the files in MESSAGES_OVERRIDE_DIR (${path}) changed since the build`,
        ),
      });
    }
  });
});
