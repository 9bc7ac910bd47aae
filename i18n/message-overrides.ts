// An operator's own wording for any message, without forking (docs/decisions/024-messages-override.md):
// MESSAGES_OVERRIDE_DIR holds files laid out like messages/ (<locale>.json and
// <locale>/{donate,email,pledge,safety}.json; en/admin.json for the staff area), each with only the
// strings it changes. They are checked when the server starts and when it is built (scripts/run-app.ts,
// next.config.ts): a key English does not have, a message that does not parse or whose arguments and
// tags differ from the built-in one stops start-up, naming the file and the key. Not `server-only`:
// next.config.ts and scripts/run-app.ts run outside React's server bundle.
import { createHash } from "node:crypto";
import { type Dirent, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  compareCatalog,
  describeCatalogProblem,
  type FlatCatalog,
  flattenCatalog,
} from "./catalog-check";
import { englishCatalogFiles, FEATURE_CATALOGS, STAFF_ONLY_CATALOGS } from "./messages";
import { UN_LOCALES, type UnLocale } from "./routing";

type CatalogName = keyof typeof englishCatalogFiles;

/** Each language's override strings, flat ("Pledge.form.consentLabel" → "…"). */
export type MessageOverrides = Partial<Record<UnLocale, FlatCatalog>>;

export class MessageOverridesError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: readonly string[],
  ) {
    super(
      [
        `Blue Heart cannot start: the message overrides in MESSAGES_OVERRIDE_DIR (${dir}) have problems.`,
        ...problems.map((problem) => `  - ${problem}`),
        "Fix or remove these strings: an override keeps the key, the {arguments} and the <tags> of the",
        "built-in message (README, “Your own wording”).",
      ].join("\n"),
    );
    this.name = "MessageOverridesError";
  }
}

/** The catalog files a language has, by name, and where each lives inside the folder. */
function catalogFilesOf(locale: UnLocale): { name: CatalogName; file: string }[] {
  const features: CatalogName[] = [
    ...FEATURE_CATALOGS,
    // The staff area is English only (i18n/messages.ts): its strings are overridden in en/.
    ...(locale === "en" ? STAFF_ONLY_CATALOGS : []),
  ];
  return [
    { name: "base", file: `${locale}.json` },
    ...features.map((name) => ({ name, file: `${locale}/${name}.json` })),
  ];
}

const englishByFile = new Map(
  (Object.keys(englishCatalogFiles) as CatalogName[]).map((name) => [
    name,
    flattenCatalog(englishCatalogFiles[name]),
  ]),
);

/** Which English file has a key, for a hint when an override puts it in another file. */
function englishFileOf(key: string): CatalogName | undefined {
  for (const [name, catalog] of englishByFile) if (catalog.has(key)) return name;
  return undefined;
}

function entries(path: string): Dirent[] {
  return readdirSync(path, { withFileTypes: true }).filter((entry) => !entry.name.startsWith("."));
}

/** Files and folders that would be silently ignored: a misspelled name is a mistake to report. */
function unexpectedEntries(dir: string): string[] {
  const locales: readonly string[] = UN_LOCALES;
  const problems: string[] = [];
  const languages = UN_LOCALES.join(", ");
  for (const entry of entries(dir)) {
    const locale = entry.name.replace(/\.json$/, "");
    if (entry.isFile() && entry.name.endsWith(".json") && !locales.includes(locale)) {
      problems.push(`${join(dir, entry.name)}: not a language of this site (${languages})`);
    }
    if (!entry.isDirectory()) continue;
    if (!locales.includes(entry.name)) {
      problems.push(`${join(dir, entry.name)}: not a language's folder (${languages})`);
      continue;
    }
    const expected = catalogFilesOf(entry.name as UnLocale).map(({ file }) => file);
    for (const inner of entries(join(dir, entry.name))) {
      if (!expected.includes(`${entry.name}/${inner.name}`) && inner.name.endsWith(".json")) {
        const files = expected.slice(1).map((file) => file.slice(entry.name.length + 1));
        problems.push(
          `${join(dir, entry.name, inner.name)}: not one of the catalog files (${files.join(", ")})`,
        );
      }
    }
  }
  return problems;
}

function readOverrideFile(path: string, problems: string[]): FlatCatalog | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    problems.push(`${path}: cannot be read (${(error as Error).message})`);
    return undefined;
  }
  try {
    return flattenCatalog(JSON.parse(text));
  } catch (error) {
    const reason =
      error instanceof SyntaxError ? `not valid JSON: ${error.message}` : String(error);
    problems.push(`${path}: ${reason.replace(/^Error: /, "")}`);
    return undefined;
  }
}

/**
 * Reads and checks the override folder. Throws MessageOverridesError listing every problem (file
 * and key), so an operator fixes them all in one go; returns the strings by language otherwise.
 */
export function readMessageOverrides(dir: string): MessageOverrides {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) throw new MessageOverridesError(dir, [`${dir}: no such folder`]);

  const problems = unexpectedEntries(dir);
  const overrides: MessageOverrides = {};
  for (const locale of UN_LOCALES) {
    const strings: FlatCatalog = new Map();
    for (const { name, file } of catalogFilesOf(locale)) {
      const path = join(dir, file);
      const flat = readOverrideFile(path, problems);
      const english = englishByFile.get(name);
      if (flat === undefined || english === undefined) continue;
      for (const problem of compareCatalog(english, flat, { partial: true })) {
        const elsewhere = problem.kind === "unknown" ? englishFileOf(problem.key) : undefined;
        const hint =
          elsewhere === undefined
            ? ""
            : ` here, it belongs in ${catalogFilesOf(locale).find((c) => c.name === elsewhere)?.file ?? elsewhere}`;
        problems.push(`${path}: ${describeCatalogProblem(problem)}${hint}`);
      }
      for (const [key, message] of flat) {
        if (message.trim() === "") problems.push(`${path}: ${key}: an empty message`);
        strings.set(key, message);
      }
    }
    if (strings.size > 0) overrides[locale] = strings;
  }
  if (problems.length > 0) throw new MessageOverridesError(dir, problems);
  return overrides;
}

/**
 * A fingerprint of the folder's catalog files, names and contents: the build records it, and
 * `npm start` refuses a folder edited since (lib/build-record.ts), as prerendered pages carry the
 * build's wording.
 */
export function messageOverridesDigest(dir: string): string {
  const hash = createHash("sha256");
  for (const locale of UN_LOCALES) {
    for (const { file } of catalogFilesOf(locale)) {
      let content: string;
      try {
        content = readFileSync(join(dir, file), "utf8");
      } catch {
        continue;
      }
      hash.update(`${file}\0${content}\0`);
    }
  }
  return hash.digest("hex");
}

function isTree(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * `messages` with each override string in place of the built-in one. The overrides were checked
 * against English's keys, so every path leads to a string; `messages` itself is left unchanged.
 */
export function applyMessageOverrides<T extends object>(
  messages: T,
  overrides: FlatCatalog | undefined,
): T {
  if (overrides === undefined || overrides.size === 0) return messages;
  const merged: Record<string, unknown> = structuredClone(messages) as Record<string, unknown>;
  for (const [key, message] of overrides) {
    const path = key.split(".");
    const last = path.pop();
    let node: Record<string, unknown> = merged;
    for (const name of path) {
      const next = node[name];
      if (!isTree(next)) throw new Error(`${key}: the built-in catalog has no such namespace`);
      node = next;
    }
    if (last === undefined || typeof node[last] !== "string") {
      throw new Error(`${key}: the built-in catalog has no such message`);
    }
    node[last] = message;
  }
  return merged as T;
}
