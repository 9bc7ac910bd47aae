import { invalidRequest } from "./errors";

/** A value decoded from Stripe's bracketed form encoding (`a[b][0][c]=v`, `expand[]=x`). */
export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

interface Node {
  [key: string]: Node | string;
}

export function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open === -1) return [key];
  const segments = [key.slice(0, open)];
  const pattern = /\[([^\]]*)\]/g;
  for (const match of key.slice(open).matchAll(pattern)) segments.push(match[1] ?? "");
  return segments;
}

function toFormValue(node: Node | string): FormValue {
  if (typeof node === "string") return node;
  const keys = Object.keys(node);
  const isList = keys.length > 0 && keys.every((k) => /^\d+$/.test(k) || k.startsWith("\u0000"));
  if (isList) {
    const ordered = keys.sort((a, b) => sortIndex(a) - sortIndex(b));
    return ordered.map((k) => toFormValue(node[k] ?? ""));
  }
  const out: FormObject = {};
  for (const key of keys) {
    const child = node[key];
    if (child !== undefined) out[key] = toFormValue(child);
  }
  return out;
}

function sortIndex(key: string): number {
  return key.startsWith("\u0000") ? Number(key.slice(1)) : Number(key);
}

/** Decodes `application/x-www-form-urlencoded` (or a query string) into nested objects/arrays. */
export function parseFormParams(encoded: string): FormObject {
  const root: Node = {};
  let pushCounter = 1_000_000;
  for (const [rawKey, value] of new URLSearchParams(encoded)) {
    const segments = splitKey(rawKey);
    let node: Node = root;
    segments.forEach((segment, index) => {
      // `expand[]=a&expand[]=b`: an empty index appends; order is kept by a growing counter.
      const key = segment === "" ? `\u0000${pushCounter++}` : segment;
      if (index === segments.length - 1) {
        node[key] = value;
        return;
      }
      const existing = node[key];
      if (typeof existing === "string") {
        throw invalidRequest(`Invalid object: ${rawKey} mixes a value and nested keys.`, rawKey);
      }
      const next: Node = existing ?? {};
      node[key] = next;
      node = next;
    });
  }
  const value = toFormValue(root);
  return typeof value === "object" && !Array.isArray(value) ? value : {};
}

/** Reads a nested value by path: `lookup(params, "line_items", 0, "price_data")`. */
export function lookup(
  value: FormValue | undefined,
  ...path: Array<string | number>
): FormValue | undefined {
  let current = value;
  for (const segment of path) {
    if (current === undefined || typeof current === "string") return undefined;
    current = Array.isArray(current) ? current[Number(segment)] : current[String(segment)];
  }
  return current;
}

export function paramName(...path: Array<string | number>): string {
  const [head, ...rest] = path;
  return `${String(head)}${rest.map((s) => `[${String(s)}]`).join("")}`;
}

/** A string parameter, or undefined when absent; a nested object where a string belongs is a 400. */
export function optionalString(
  params: FormObject,
  ...path: Array<string | number>
): string | undefined {
  const value = lookup(params, ...path);
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    throw invalidRequest(
      `Invalid string: ${paramName(...path)} must be a string.`,
      paramName(...path),
    );
  }
  return value;
}

/** Metadata: a flat map of strings, as Stripe keeps it. */
export function metadataParam(
  params: FormObject,
  ...path: Array<string | number>
): Record<string, string> {
  const value = lookup(params, ...path);
  if (value === undefined || value === "") return {};
  if (typeof value === "string" || Array.isArray(value)) {
    throw invalidRequest("Invalid object", paramName(...path));
  }
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") {
      throw invalidRequest(
        "Invalid string: metadata values must be strings.",
        paramName(...path, key),
      );
    }
    out[key] = entry;
  }
  return out;
}

/** `expand[]` / `expand[0]` as a list of dotted paths. */
export function expandParam(params: FormObject): string[] {
  const value = params.expand;
  if (value === undefined) return [];
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) throw invalidRequest("Invalid array", "expand");
  return value.filter((entry): entry is string => typeof entry === "string");
}

/** Canonical text of the parameters, for comparing idempotent requests. */
export function fingerprint(value: FormValue): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${fingerprint(value[k] ?? "")}`).join(",")}}`;
}

/** `true` / `false`, or undefined when absent. */
export function booleanParam(params: FormObject, name: string): boolean | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  if (value !== "true" && value !== "false")
    throw invalidRequest(`Invalid boolean: ${value}`, name);
  return value === "true";
}

/** A whole number of at least 1, or null when absent. */
export function positiveIntegerOrNull(params: FormObject, name: string): number | null {
  const value = optionalString(params, name);
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, name);
  const amount = Number(value);
  if (amount < 1) throw invalidRequest("This value must be greater than or equal to 1.", name);
  return amount;
}
