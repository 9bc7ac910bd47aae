// Compares a translated catalog with English: the same keys, and in each message the same ICU
// arguments (names and types), the same select options and the same rich-text tags. Plural
// categories may differ (Arabic has six, Russian four, Chinese one); the arguments inside them not.
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";

export type FlatCatalog = Map<string, string>;

/** `{ Pledge: { form: { consentLabel: "…" } } }` → "Pledge.form.consentLabel" → "…". */
export function flattenCatalog(tree: unknown, prefix = ""): FlatCatalog {
  const flat: FlatCatalog = new Map();
  if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
    throw new Error(`${prefix || "the catalog"}: expected an object of messages`);
  }
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix === "" ? name : `${prefix}.${name}`;
    if (typeof value === "string") flat.set(key, value);
    else for (const [inner, text] of flattenCatalog(value, key)) flat.set(inner, text);
  }
  return flat;
}

const ARGUMENT_TYPES: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
};

function collect(elements: MessageFormatElement[], into: Set<string>): void {
  for (const element of elements) {
    const kind = ARGUMENT_TYPES[element.type];
    if (kind !== undefined && "value" in element) {
      const ordinal =
        element.type === TYPE.plural && element.pluralType === "ordinal" ? ":ordinal" : "";
      into.add(`{${String(element.value)}, ${kind}${ordinal}}`);
    }
    if (element.type === TYPE.select) {
      into.add(`{${element.value}} options ${Object.keys(element.options).sort().join("|")}`);
    }
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) collect(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      collect(element.children, into);
    }
  }
}

/** What a translation must keep of a message: its arguments, select options and tags, sorted. */
export function messageSignature(message: string): string[] {
  const into = new Set<string>();
  collect(parse(message), into);
  return [...into].sort();
}

export type CatalogProblem =
  | { kind: "missing"; key: string }
  | { kind: "unknown"; key: string }
  | { kind: "unparsable"; key: string; reason: string }
  | { kind: "arguments"; key: string; english: string[]; translated: string[] };

/**
 * What is wrong with `translated` against `english`. With `partial` (an operator's override file)
 * a key English has may be left out; a key English does not have never may.
 */
export function compareCatalog(
  english: FlatCatalog,
  translated: FlatCatalog,
  { partial = false } = {},
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (!partial) {
    for (const key of english.keys()) {
      if (!translated.has(key)) problems.push({ kind: "missing", key });
    }
  }
  for (const [key, message] of translated) {
    const source = english.get(key);
    if (source === undefined) {
      problems.push({ kind: "unknown", key });
      continue;
    }
    let signature: string[];
    try {
      signature = messageSignature(message);
    } catch (error) {
      problems.push({ kind: "unparsable", key, reason: String(error) });
      continue;
    }
    const expected = messageSignature(source);
    if (signature.join("\n") !== expected.join("\n")) {
      problems.push({ kind: "arguments", key, english: expected, translated: signature });
    }
  }
  return problems;
}

/** One line a person can act on for each problem. */
export function describeCatalogProblem(problem: CatalogProblem): string {
  switch (problem.kind) {
    case "missing":
      return `${problem.key}: missing (English has it)`;
    case "unknown":
      return `${problem.key}: English has no such message`;
    case "unparsable":
      return `${problem.key}: not a valid ICU message (${problem.reason})`;
    case "arguments":
      return `${problem.key}: arguments ${problem.translated.join(" ") || "(none)"} differ from English's ${problem.english.join(" ") || "(none)"}`;
  }
}

function collectLiterals(elements: MessageFormatElement[], into: string[]): void {
  for (const element of elements) {
    if (element.type === TYPE.literal) into.push(element.value);
    else if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) collectLiterals(option.value, into);
    } else if (element.type === TYPE.tag) collectLiterals(element.children, into);
  }
}

/**
 * The runs of plain text a reader sees of a message, split wherever an argument, a plural or a
 * tag boundary falls, whitespace collapsed: "Wait {n, plural, one {# minute} other {# minutes}}."
 * gives "Wait", "minute", "minutes", ".". A page in another language must contain none of
 * English's long ones (tests/e2e/every-language.spec.ts).
 */
export function messageFragments(message: string): string[] {
  const literals: string[] = [];
  collectLiterals(parse(message), literals);
  return literals.map((text) => text.replace(/\s+/g, " ").trim()).filter((text) => text !== "");
}
