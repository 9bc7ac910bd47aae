// A public language's catalogs as one flat map: messages/<locale>.json and
// messages/<locale>/{donate,email,pledge,safety}.json (the staff area's admin.json is English only).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type FlatCatalog, flattenCatalog } from "../../i18n/catalog-check";

export const MESSAGES_DIR = join(process.cwd(), "messages");

// English's feature files (donate, pledge, safety, ...) but the staff area's: i18n/messages.ts
// loads the same list (its FEATURE_CATALOGS; it imports JSON, which Playwright's loader refuses).
export const PUBLIC_FEATURE_FILES = readdirSync(join(MESSAGES_DIR, "en")).filter(
  (name) => name.endsWith(".json") && name !== "admin.json",
);

export function publicCatalog(locale: string): FlatCatalog {
  const flat: FlatCatalog = new Map();
  const files = [
    join(MESSAGES_DIR, `${locale}.json`),
    ...PUBLIC_FEATURE_FILES.map((name) => join(MESSAGES_DIR, locale, name)),
  ];
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`${file} is missing`);
    for (const [key, message] of flattenCatalog(JSON.parse(readFileSync(file, "utf8")))) {
      if (flat.has(key)) throw new Error(`${key} is in two of ${locale}'s files`);
      flat.set(key, message);
    }
  }
  return flat;
}

/** Every message of `locale`'s public catalogs that `check` finds fault with, as "key: problem". */
export function catalogProblems(locale: string, check: (message: string) => string[]): string[] {
  return [...publicCatalog(locale)].flatMap(([key, message]) =>
    check(message).map((problem) => `${key}: ${problem}`),
  );
}

/** A language's public messages by key, raw (ICU source); throws on a key the catalog lacks. */
export function publicMessages(locale: string): (key: string) => string {
  const catalog = publicCatalog(locale);
  return (key) => {
    const message = catalog.get(key);
    if (message === undefined) throw new Error(`${locale} has no ${key}`);
    return message;
  };
}
