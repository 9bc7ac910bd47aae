// Types of inline-script-hashes.mjs (plain JavaScript for scripts/serve-next.mjs).
import type { ServerResponse } from "node:http";

/** The 'sha256-…' source of every inline script an HTML document runs, each once. */
export function inlineScriptHashes(html: string): string[];
/** The policy with the hashes added to its `script-src`. */
export function policyWithScriptHashes(policy: string, hashes: readonly string[]): string;
/** Makes a whole HTML document sent in one `end(body)` go out with its own scripts' hashes. */
export function hashInlineScriptsOfCachedPages(response: ServerResponse): void;
