// The authorisation matrix must name every admin page, route handler and server action that
// exists on disk: a new one that is not listed (and so not checked by the browser matrix) fails.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_PAGES, ADMIN_ROUTE_HANDLERS, ADMIN_SERVER_ACTIONS } from "@/lib/admin/admin-routes";

const root = process.cwd();

function walk(dir: string): string[] {
  const absolute = join(root, dir);
  try {
    statSync(absolute);
  } catch {
    return [];
  }
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : [relative(root, join(absolute, entry.name))],
  );
}

const adminSources = [...walk("app/admin"), ...walk("app/api/admin"), ...walk("components/admin")]
  .concat(walk("lib/admin"))
  .filter((file) => /\.(ts|tsx)$/.test(file));

/** Exported functions of a "use server" file, or of inline "use server" functions. */
function serverActions(file: string): string[] {
  const source = readFileSync(join(root, file), "utf8");
  const fileLevel = /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(source);
  const names: string[] = [];
  if (fileLevel) {
    for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) {
      if (match[1]) names.push(match[1]);
    }
    for (const match of source.matchAll(/export\s+const\s+(\w+)\s*=/g)) {
      if (match[1]) names.push(match[1]);
    }
  } else if (/["']use server["']/.test(source)) {
    names.push("(inline server action)");
  }
  return names;
}

describe("the admin authorisation matrix", () => {
  it("lists every admin page on disk, and only those", () => {
    const onDisk = adminSources.filter((file) => file.endsWith("/page.tsx")).sort();
    expect(ADMIN_PAGES.map((page) => page.file).sort()).toEqual(onDisk);
  });

  it("lists every admin route handler and its methods", () => {
    const onDisk = adminSources.filter((file) => /\/route\.tsx?$/.test(file)).sort();
    expect(ADMIN_ROUTE_HANDLERS.map((route) => route.file).sort()).toEqual(onDisk);
    for (const route of ADMIN_ROUTE_HANDLERS) {
      const source = readFileSync(join(root, route.file), "utf8");
      const methods = [
        ...source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
      ]
        .map((match) => match[1])
        .sort();
      expect(methods, route.file).toEqual([...route.methods].sort());
    }
  });

  it("lists every server action in the admin area, and only those", () => {
    const onDisk = adminSources
      .flatMap((file) => serverActions(file).map((name) => `${file}#${name}`))
      .sort();
    expect(ADMIN_SERVER_ACTIONS.map((action) => `${action.file}#${action.name}`).sort()).toEqual(
      onDisk,
    );
  });

  it("checks the role first thing in every guarded page, route and action", () => {
    for (const entry of [...ADMIN_PAGES, ...ADMIN_ROUTE_HANDLERS]) {
      if (entry.access === "public") continue;
      const source = readFileSync(join(root, entry.file), "utf8");
      expect(source, entry.file).toMatch(
        new RegExp(`requireRole(?:ForRoute)?\\("${entry.access}"`),
      );
    }
  });
});
