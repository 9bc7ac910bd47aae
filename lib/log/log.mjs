// The app's structured log (pino): one JSON line per event on standard output, each carrying the
// id of the request it belongs to, and none carrying personal data. Plain JavaScript because two
// worlds share it: scripts/serve-next.mjs (plain Node, which writes one line per request) and the
// app's server bundle (lib/log.ts). See docs/decisions/016-structured-logs.md.
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

// One store per process, whichever bundle loads this module first: the server stamps each request
// into it and every line logged while that request runs reads its id back.
const CONTEXT = Symbol.for("blue-heart.request-context");
/** @type {AsyncLocalStorage<{ requestId: string }>} */
export const requestContext = globalThis[CONTEXT] ?? new AsyncLocalStorage();
globalThis[CONTEXT] = requestContext;

// What must never reach a log line, whoever wrote the call: an email address or an IP address
// (in an error message from a driver, a path someone typed, a URL). Applied to the finished line.
const EMAIL = /[^\s"'<>()[\]{},;:\\/@]+@[^\s"'<>()[\]{},;:\\/@]+\.[a-z]{2,}/gi;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 = /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|(?:[0-9a-f]{1,4}:)*:(?::[0-9a-f]{1,4})+\b/gi;

/** @param {string} text */
export function scrub(text) {
  return text.replace(EMAIL, "[email]").replace(IPV4, "[address]").replace(IPV6, "[address]");
}

/**
 * An error as a log line shows it: its kind, message, code, stack and cause, and nothing else. A
 * driver's extra fields (PostgreSQL's `detail`, Prisma's `meta`) may quote the row that failed.
 * @param {unknown} error
 * @param {number} [depth]
 * @returns {unknown}
 */
export function serializeError(error, depth = 0) {
  if (!(error instanceof Error)) return error === undefined ? undefined : String(error);
  /** @type {Record<string, unknown>} */
  const out = { type: error.constructor?.name ?? error.name, message: error.message };
  const code = /** @type {{ code?: unknown }} */ (error).code;
  if (typeof code === "string" || typeof code === "number") out.code = code;
  if (error.stack) out.stack = error.stack;
  if (error.cause !== undefined && depth < 5) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

/**
 * @param {{ level?: string, destination?: import("pino").DestinationStream }} [options]
 * @returns {import("pino").Logger}
 */
export function createLog(options = {}) {
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
      mixin() {
        const store = requestContext.getStore();
        return store ? { reqId: store.requestId } : {};
      },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
