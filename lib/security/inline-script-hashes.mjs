// The Content-Security-Policy of a page served from a cache names that page's own inline scripts
// by hash (docs/decisions/034-static-shell.md). A page rendered for one request runs its scripts on
// the request's nonce; a cached page is the same for everyone and cannot carry one, and its inline
// scripts (Next's bootstrap and the page's RSC payload, `self.__next_f.push(...)`) change whenever
// it is re-rendered. So the web server hashes the document it is about to send. Plain JavaScript:
// scripts/serve-next.mjs (plain Node) uses it, and the unit tests.
import { createHash } from "node:crypto";

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
// A data block (JSON-LD, an import map aside) is not run, so it needs no hash.
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * The value of an attribute in an opening tag's attribute text; undefined when it is absent.
 * @param {string} attributes
 * @param {string} name
 */
function attribute(attributes, name) {
  const match = new RegExp(
    `(?:^|\\s)${name}(?![\\w-])(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`,
    "i",
  ).exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/**
 * The 'sha256-…' source of every inline script an HTML document runs, each once, in document
 * order. A nonce attribute does not matter: a page rendered into the cache carries the nonce of the
 * request that rendered it, which no later policy names; the hash is what lets it run.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT_ELEMENT)) {
    if (attribute(attributes, "src") !== undefined) continue;
    if (!EXECUTABLE_TYPE.test(attribute(attributes, "type") ?? "")) continue;
    // The browser hashes the element's text exactly as sent (a script's text is never unescaped).
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/**
 * The policy with the document's inline-script hashes added to its `script-src`.
 * @param {string} policy
 * @param {readonly string[]} hashes
 */
export function policyWithScriptHashes(policy, hashes) {
  if (hashes.length === 0) return policy;
  const sources = hashes.map((hash) => `'${hash}'`).join(" ");
  return policy.replace(
    /(^|;\s*)(script-src\b[^;]*)/,
    (_, start, directive) => `${start}${directive} ${sources}`,
  );
}

// A cached page is sent many times between two renders: hash each version once. Keyed by the
// document's ETag (Next's hash of the body), so a re-rendered page is hashed again.
const HASHES_BY_ETAG_LIMIT = 500;
/** @type {Map<string, string[]>} */
const hashesByEtag = new Map();

/**
 * @param {string} html
 * @param {string | undefined} etag
 */
function documentHashes(html, etag) {
  if (etag === undefined) return inlineScriptHashes(html);
  const known = hashesByEtag.get(etag);
  if (known) return known;
  const hashes = inlineScriptHashes(html);
  if (hashesByEtag.size >= HASHES_BY_ETAG_LIMIT) {
    const oldest = hashesByEtag.keys().next().value;
    if (oldest !== undefined) hashesByEtag.delete(oldest);
  }
  hashesByEtag.set(etag, hashes);
  return hashes;
}

/**
 * Gives the response the policy for the document about to be sent, once: a whole HTML document
 * gets its inline scripts' hashes, a 304 loses the policy (no body; the browser keeps the policy
 * it stored with the page rather than take one that names no scripts).
 * @param {import("node:http").ServerResponse} response
 * @param {unknown} body the first argument of `end`
 */
function stampPolicy(response, body) {
  const policy = response.getHeader("content-security-policy");
  if (typeof policy !== "string") return;
  if (response.statusCode === 304) {
    response.removeHeader("content-security-policy");
    return;
  }
  if (!String(response.getHeader("content-type") ?? "").startsWith("text/html")) return;
  if (typeof body !== "string" && !Buffer.isBuffer(body)) return;
  const html = typeof body === "string" ? body : body.toString("utf8");
  const etag = response.getHeader("etag");
  const hashes = documentHashes(html, typeof etag === "string" ? etag : undefined);
  response.setHeader("content-security-policy", policyWithScriptHashes(policy, hashes));
}

/**
 * Makes a whole HTML document sent in one `end(body)` (how Next.js sends a page from its cache or
 * one built ahead) go out with a policy that names its inline scripts. A page rendered for this
 * request streams through `write` and keeps the proxy's nonce policy as it is.
 *
 * Next.js replaces `end` itself later (its compression, for one, sends the headers inside its own
 * `end`), so `end` becomes a property whose every new value is wrapped: the policy is stamped
 * before any of them runs, while the headers can still change.
 * @param {import("node:http").ServerResponse} response
 */
export function hashInlineScriptsOfCachedPages(response) {
  let stamped = false;
  /** @param {(...args: unknown[]) => unknown} end */
  const wrap = (end) =>
    function endWithPolicy(/** @type {unknown[]} */ ...args) {
      if (!stamped && !response.headersSent) {
        stamped = true;
        stampPolicy(response, args[0]);
      }
      return end.apply(this, args);
    };
  let current = wrap(response.end);
  Object.defineProperty(response, "end", {
    configurable: true,
    get: () => current,
    set: (end) => {
      current = wrap(end);
    },
  });
}
