// The authorisation matrix, read from what the code declares rather than listed by hand, so a new
// page, route handler or action cannot be left out of it:
// - a page under app/admin is guarded by the `requireRole("ROLE", ...)` it calls;
// - a route handler under app/admin or app/api/admin by `requireRoleForRoute("ROLE")` in each
//   exported method;
// - a server action by the wrapper it is declared with: `export const x = staffAction("ROLE", ...)`
//   or `publicAction(...)` (lib/actions/).
// Anything else ends up in UNGUARDED, which tests/unit/admin-routes.test.ts requires to be empty;
// tests/e2e/admin-authz.spec.ts checks every entry against the running production server.
// Tests and tools only (it reads the source tree from the working directory).
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Role } from "@/lib/generated/prisma/enums";

export type Access = Role | "public";

/** A syntactically valid id that matches no row, for dynamic segments. */
export const SAMPLE_ID = "01900000-0000-7000-8000-000000000000";

/** Staff pages open to everyone, with the reason; every other page must call requireRole. */
export const PUBLIC_ADMIN_PAGES: Readonly<Record<string, string>> = {
  "app/admin/sign-in/page.tsx": "the way in: it only redirects staff who are already signed in",
};

export interface AdminPage {
  file: string;
  /** A URL that renders the page. */
  path: string;
  access: Access;
}

export interface AdminRouteHandler {
  file: string;
  path: string;
  methods: readonly HttpMethod[];
  access: Access;
}

export interface AdminServerAction {
  file: string;
  name: string;
  access: Access;
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

const root = process.cwd();

function walk(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : [
          relative(root, join(root, dir, entry.name))
            .split(sep)
            .join("/"),
        ],
  );
}

/** The source without comments, so a guard that is only mentioned in a comment does not count. */
function code(file: string): string {
  return readFileSync(join(root, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/[^\n]*/g, "$1");
}

/** `app/admin/pledges/[id]/page.tsx` -> `/admin/pledges/<SAMPLE_ID>`. */
function urlOf(file: string): string {
  const path = file
    .replace(/^app/, "")
    .replace(/\/(page|route)\.tsx?$/, "")
    .replace(/\/\([^/]+\)/g, "")
    .replace(/\[[^/\]]+\]/g, SAMPLE_ID);
  return path === "" ? "/" : path;
}

const ROLE = `"(ADMIN|REVIEWER)"`;
const unguarded: string[] = [];

function readPages(): AdminPage[] {
  return walk("app/admin")
    .filter((file) => /\/page\.tsx?$/.test(file))
    .sort()
    .flatMap((file): AdminPage[] => {
      const role = new RegExp(`\\brequireRole\\(\\s*${ROLE}`).exec(code(file))?.[1] as
        | Role
        | undefined;
      if (role) return [{ file, path: urlOf(file), access: role }];
      if (file in PUBLIC_ADMIN_PAGES) return [{ file, path: urlOf(file), access: "public" }];
      unguarded.push(`${file}: a page without requireRole(...)`);
      return [];
    });
}

function readRouteHandlers(): AdminRouteHandler[] {
  return [...walk("app/admin"), ...walk("app/api/admin")]
    .filter((file) => /\/route\.tsx?$/.test(file))
    .sort()
    .flatMap((file): AdminRouteHandler[] => {
      const source = code(file);
      const exports = [
        ...source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
      ];
      const roles = new Set<Role>();
      const methods: HttpMethod[] = [];
      exports.forEach((match, index) => {
        const method = match[1] as HttpMethod;
        const body = source.slice(match.index, exports[index + 1]?.index ?? source.length);
        const role = new RegExp(`\\brequireRoleForRoute\\(\\s*${ROLE}`).exec(body)?.[1] as
          | Role
          | undefined;
        if (role) {
          roles.add(role);
          methods.push(method);
        } else {
          unguarded.push(`${file}#${method}: a route handler without requireRoleForRoute(...)`);
        }
      });
      if (/export\s+(?:const|let|var)\s+(GET|POST|PUT|PATCH|DELETE)\b/.test(source)) {
        unguarded.push(
          `${file}: a method exported as a variable cannot be checked; use a function`,
        );
      }
      const [access, ...others] = [...roles];
      if (!access || methods.length === 0) return [];
      if (others.length > 0) {
        unguarded.push(`${file}: one role per route file, please (found ${[...roles].join(", ")})`);
      }
      return [{ file, path: urlOf(file), methods, access }];
    });
}

const DECLARED_ACTION = new RegExp(
  `^export\\s+const\\s+(\\w+)\\s*=\\s*(?:staffAction\\(\\s*${ROLE}|(publicAction)\\()`,
);
const DIRECTIVE = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use server["']/;

function readServerActions(): AdminServerAction[] {
  const sources = [...walk("app"), ...walk("components"), ...walk("lib")].filter(
    (file) => /\.(ts|tsx)$/.test(file) && !file.startsWith("lib/generated/"),
  );
  return sources.sort().flatMap((file): AdminServerAction[] => {
    const raw = readFileSync(join(root, file), "utf8");
    if (!DIRECTIVE.test(raw)) {
      // An inline "use server" function would be an action that no wrapper checks.
      if (/["']use server["']/.test(code(file))) {
        unguarded.push(
          `${file}: an inline server action; declare it with staffAction in an actions file`,
        );
      }
      return [];
    }
    const source = code(file);
    const actions: AdminServerAction[] = [];
    for (const match of source.matchAll(/^export\s+(?!type\b|interface\b)/gm)) {
      const rest = source.slice(match.index, match.index + 300);
      const declared = DECLARED_ACTION.exec(rest);
      const name = declared?.[1];
      if (!declared || !name) {
        const statement = rest.split("\n")[0]?.trim();
        unguarded.push(`${file}: "${statement}" is not declared with staffAction or publicAction`);
        continue;
      }
      actions.push({ file, name, access: declared[3] ? "public" : (declared[2] as Role) });
    }
    return actions;
  });
}

export const ADMIN_PAGES: readonly AdminPage[] = readPages();
export const ADMIN_ROUTE_HANDLERS: readonly AdminRouteHandler[] = readRouteHandlers();
/** Every server action of the app, staff and public. */
export const SERVER_ACTIONS: readonly AdminServerAction[] = readServerActions();
/** What is neither guarded nor declared public: must stay empty. */
export const UNGUARDED: readonly string[] = unguarded;
