// Which part of the code may import which: routes (app/) sit on top and nothing imports them; the
// audit trail sits below sign-in (lib/auth) and the staff area (lib/admin), which do not import
// each other both ways; server actions live in one place, beside their forms.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();

function walk(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : /\.(ts|tsx)$/.test(entry.name)
        ? [join(dir, entry.name).split(sep).join("/")]
        : [],
  );
}

const sources = [...walk("app"), ...walk("components"), ...walk("lib")].filter(
  (file) => !file.startsWith("lib/generated/"),
);

/** The repository paths a file imports (aliases and relative paths resolved; packages kept). */
function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), "utf8");
  const specifiers = [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/g),
    ...source.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1] ?? "");
  return specifiers.map((specifier) => {
    if (specifier.startsWith("@/")) return specifier.slice(2);
    if (specifier.startsWith(".")) {
      return relative(root, normalize(join(root, dirname(file), specifier)))
        .split(sep)
        .join("/");
    }
    return specifier;
  });
}

function offenders(from: RegExp, to: RegExp): string[] {
  return sources
    .filter((file) => from.test(file))
    .flatMap((file) =>
      importsOf(file)
        .filter((target) => to.test(target))
        .map((target) => `${file} -> ${target}`),
    );
}

describe("import boundaries", () => {
  it("reads imports the way the compiler does (so the checks below can fail)", () => {
    expect(importsOf("components/admin/review-queue.tsx")).toContain(
      "components/admin/pledge-actions",
    );
    expect(importsOf("lib/auth/auth.ts")).toContain("lib/audit/record-audit-entry");
  });

  it("keeps components/ and lib/ from importing app/ (routes are the top, nothing sits on them)", () => {
    expect(offenders(/^(components|lib)\//, /^app(\/|$)/)).toEqual([]);
  });

  it("keeps lib/auth from importing lib/admin: sign-in sits below the staff area", () => {
    expect(offenders(/^lib\/auth\//, /^lib\/admin(\/|$)/)).toEqual([]);
  });

  it("keeps the audit trail below both sign-in and the staff area", () => {
    expect(offenders(/^lib\/audit\//, /^lib\/(auth|admin)(\/|$)/)).toEqual([]);
  });

  it("keeps the action wrappers below the staff area", () => {
    expect(offenders(/^lib\/actions\//, /^(lib\/admin|components|app)(\/|$)/)).toEqual([]);
  });

  it("puts every server action in components/<feature>/…actions.ts, beside its form", () => {
    const withDirective = sources.filter((file) =>
      /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use server["']/.test(
        readFileSync(join(root, file), "utf8"),
      ),
    );
    expect(withDirective.length).toBeGreaterThan(0);
    expect(
      withDirective.filter((file) => !/^components\/[a-z-]+\/([a-z-]+-)?actions\.ts$/.test(file)),
    ).toEqual([]);
  });
});
