import {
  type Declaration,
  type Imported,
  importedFile,
  readDeclarationFileWithImports,
  type TypeExpr,
} from "./read-sdk-param-types";

/*
 * Which fields of the objects a route answers with can be named in `expand[]`, read from the
 * `stripe` package's response types: a field typed `string | Customer` (an id or the object) is
 * expandable, an optional field such as `line_items?: ApiList<LineItem>` is includable (left out
 * unless asked for), and a path may pass through hashes and lists to reach one. Only what leads
 * to such a field is kept.
 */

/** A field on the way to (or being) something expandable. `to`: the object it leads into. */
export interface ExpandField {
  expandable?: true;
  to?: string;
}

/** An object type: its fields that lead somewhere expandable. */
export type ExpandObject = Record<string, ExpandField>;

const LIST = "lib#ApiList";

export class ExpandableReader {
  readonly defs: Record<string, ExpandObject> = {};
  private readonly files = new Map<
    string,
    { declarations: Map<string, Declaration>; imports: Map<string, Imported> }
  >();

  private file(file: string) {
    let found = this.files.get(file);
    if (!found) {
      found = readDeclarationFileWithImports(file);
      this.files.set(file, found);
    }
    return found;
  }

  /** "Charges#Charge", or "list:Charges#Charge" for a list of them. */
  root(spec: string): string {
    if (spec.startsWith("list:")) {
      const item = this.root(spec.slice("list:".length));
      const key = `list:${item}`;
      this.defs[key] = { data: { to: item } };
      return key;
    }
    const [file = "", name = ""] = spec.split("#");
    if (!this.file(file).declarations.has(name)) throw new Error(`No ${name} in ${file}.d.ts`);
    return this.named(file, name) ?? `${file}#${name}`;
  }

  /** Where a name written in a scope of a file is declared (namespaces, then imports). */
  private lookup(
    file: string,
    scope: string[],
    name: string,
  ): { file: string; name: string } | null {
    const [head = "", ...rest] = name.split(".");
    for (let depth = scope.length; depth >= 0; depth--) {
      const qualified = [...scope.slice(0, depth), name].join(".");
      if (this.file(file).declarations.has(qualified)) return { file, name: qualified };
    }
    const imported = this.file(file).imports.get(head);
    if (imported) {
      const target = importedFile(file, imported.from);
      return { file: target, name: [imported.name, ...rest].join(".") };
    }
    return null;
  }

  /** The def key of a named interface, made when first seen; null for anything else. */
  private named(file: string, name: string): string | null {
    const key = `${file}#${name}`;
    if (key in this.defs) return key;
    const declaration = this.file(file).declarations.get(name);
    if (declaration?.kind !== "interface") return null;
    const fields: ExpandObject = {};
    this.defs[key] = fields;
    for (const base of declaration.extends) {
      const to = this.target(file, declaration.scope, base);
      const inherited = to ? this.defs[to] : undefined;
      if (inherited) Object.assign(fields, inherited);
    }
    for (const member of declaration.members) {
      if (member.name === null) continue;
      const field = this.field(file, declaration.scope, member.type, member.optional);
      if (field) fields[member.name] = field;
    }
    return key;
  }

  /** What a member's type makes of the field, or null when it leads to nothing expandable. */
  private field(
    file: string,
    scope: string[],
    type: TypeExpr,
    optional: boolean,
  ): ExpandField | null {
    const options = type.k === "union" ? type.of : [type];
    const hasString = options.some((option) => option.k === "name" && option.name === "string");
    const objects = options
      .map((option) => this.target(file, scope, option))
      .filter((to): to is string => to !== null);
    const [to] = objects;
    if (to === undefined) return null;
    // `string | PaymentIntent`: an id that expands. `line_items?: ApiList<LineItem>`: included
    // on request ("includable" in Stripe's reference).
    if (hasString || (optional && this.isList(to))) return { expandable: true, to };
    return { to };
  }

  private isList(key: string): boolean {
    return key.startsWith("list:");
  }

  /** The def an option of a type leads into: an interface, a list of one, or an array's item. */
  private target(file: string, scope: string[], type: TypeExpr): string | null {
    if (type.k === "array") return this.target(file, scope, type.of);
    if (type.k !== "name") return null;
    if (type.name === "Array") {
      const [item] = type.args;
      return item ? this.target(file, scope, item) : null;
    }
    const found = this.lookup(file, scope, type.name);
    if (!found) return null;
    if (`${found.file}#${found.name}` === LIST) {
      const [item] = type.args;
      const to = item ? this.target(file, scope, item) : null;
      if (!to) return null;
      const key = `list:${to}`;
      this.defs[key] = { data: { to } };
      return key;
    }
    if (found.name.startsWith("Deleted")) return null;
    return this.named(found.file, found.name);
  }

  /** The objects that have, at any depth, a field that can be expanded (a fixed point). */
  private leading(): Set<string> {
    const leads = new Set<string>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, fields] of Object.entries(this.defs)) {
        if (leads.has(key)) continue;
        const found = Object.values(fields).some(
          (field) => field.expandable === true || (field.to !== undefined && leads.has(field.to)),
        );
        if (found) {
          leads.add(key);
          grew = true;
        }
      }
    }
    return leads;
  }

  /** The defs with only the fields that lead somewhere, and only the defs reachable from roots. */
  pruned(roots: string[]): Record<string, ExpandObject> {
    const leads = this.leading();
    const out: Record<string, ExpandObject> = {};
    const queue = [...roots];
    while (queue.length > 0) {
      const key = queue.pop() ?? "";
      if (key in out) continue;
      const fields: ExpandObject = {};
      for (const [name, field] of Object.entries(this.defs[key] ?? {})) {
        if (field.expandable || (field.to !== undefined && leads.has(field.to))) {
          fields[name] = field;
          if (field.to !== undefined) queue.push(field.to);
        }
      }
      out[key] = fields;
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
