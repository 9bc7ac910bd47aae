// The hashes of the inline scripts in the pages the build prerendered (the information pages, the
// 404 page): those pages are served as built, to everyone, so they cannot carry a per-request
// nonce; the Content-Security-Policy names their scripts by hash instead
// (docs/decisions/014-security-headers.md). Read from the build's own output, once per server.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
// A data block (JSON-LD, an import map aside) is not run, so it needs no hash.
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The value of an attribute in an opening tag's attribute text; undefined when it is absent. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(
    `(?:^|\\s)${name}(?![\\w-])(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`,
    "i",
  ).exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/** The 'sha256-…' source of every inline script an HTML document runs, in document order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT_ELEMENT)) {
    if (attribute(attributes, "src") !== undefined) continue;
    if (!EXECUTABLE_TYPE.test(attribute(attributes, "type") ?? "")) continue;
    // The browser hashes the element's text exactly as sent (a script's text is never unescaped).
    hashes.push(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return hashes;
}

/** Every prerendered HTML document of the build in `distDir` (the routes of its prerender manifest). */
export function prerenderedHtmlFiles(distDir: string): string[] {
  const manifestFile = join(distDir, "prerender-manifest.json");
  if (!existsSync(manifestFile)) return [];
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    routes?: Record<string, unknown>;
  };
  return Object.keys(manifest.routes ?? {})
    .map((route) => join(distDir, "server", "app", `${route === "/" ? "/index" : route}.html`))
    .filter((file) => existsSync(file));
}

/** The hashes of all prerendered pages' inline scripts, each once, sorted (a stable header). */
export function prerenderedScriptHashes(distDir: string): string[] {
  const hashes = new Set<string>();
  for (const file of prerenderedHtmlFiles(distDir)) {
    for (const hash of inlineScriptHashes(readFileSync(file, "utf8"))) hashes.add(hash);
  }
  return [...hashes].sort();
}
