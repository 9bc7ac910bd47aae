// The HTTP server in front of Next.js, started by scripts/run-app.ts for `npm run dev` and
// `npm start`. Plain JavaScript run by plain Node: Next.js must load React without the
// react-server condition, and its compiled chunks should not pass through a TypeScript loader.
// It exists for one reason: Next.js gives route handlers and server actions no socket, and only
// sets X-Forwarded-For when the client did not send one, so the app could not tell a client's real
// address from one it typed. Here every request's own copy of the socket-address header is deleted
// and the TCP peer's address written in its place (docs/decisions/012-client-address.md).
// A page sent from Next's cache gets a Content-Security-Policy that names its own inline scripts
// (lib/security/inline-script-hashes.mjs, docs/decisions/034-static-shell.md).
// It also gives every request an id, runs the request inside it (so every line the app logs while
// serving it carries the id) and writes one log line per request (docs/decisions/016-structured-logs.md).
// With `--workers N` (N > 1; `npm start` passes WEB_CONCURRENCY) it is a cluster: this process
// forks N workers that share the port, restarts one that dies, and stops them all on SIGTERM
// (docs/decisions/020-every-core.md).
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { format, parseArgs } from "node:util";
import next from "next";
import { createLog, requestContext } from "../lib/log/log.mjs";
import { hashInlineScriptsOfCachedPages } from "../lib/security/inline-script-hashes.mjs";

// Must equal SOCKET_ADDRESS_HEADER in lib/security/socket-address-header.ts (a unit test checks).
const SOCKET_ADDRESS_HEADER = "x-blue-heart-socket-address";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    "log-level": { type: "string", default: "info" },
    workers: { type: "string", default: "1" },
  },
});
const mode = positionals[0];
const port = Number(values.port);
if ((mode !== "dev" && mode !== "start") || !Number.isInteger(port) || port <= 0) {
  console.error("Usage: node scripts/serve-next.mjs dev|start --port N [--hostname H]");
  process.exit(2);
}
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1) {
  console.error("--workers must be a whole number, 1 or more");
  process.exit(2);
}
const hostname = values.hostname;
const log = createLog({ level: values["log-level"] });

/**
 * The cluster's primary: serves nothing itself. A worker that dies unasked is replaced (after a
 * second, so a crash loop does not spin); one that cannot start at all stops the whole server.
 * @param {number} count
 */
async function superviseWorkers(count) {
  let stopping = false;
  let listening = 0;
  let failedStarts = 0;
  const fork = () => {
    const worker = cluster.fork();
    let served = false;
    worker.once("listening", () => {
      served = true;
      failedStarts = 0;
      listening += 1;
      if (listening === count) {
        console.log(
          `▸ Ready on http://${hostname ?? "localhost"}:${port} (next start, ${count} workers)`,
        );
      }
    });
    worker.once("exit", (code, signal) => {
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
        return;
      }
      log.error(
        { pid: worker.process.pid, code, signal },
        "a web worker stopped; starting another",
      );
      if (!served) failedStarts += 1;
      if (failedStarts >= count + 2) {
        log.fatal("web workers keep failing to start; stopping");
        process.exit(1);
      }
      setTimeout(fork, 1000);
    });
  };
  for (let index = 0; index < count; index += 1) fork();
  const stop = (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {});
    if (running.length === 0) process.exit(0);
    for (const worker of running) worker?.process.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

// Next.js reports a page's or a route's failure with console.error: as a log line like the app's
// own (with the request id, the error's cause, and nothing personal), not as free text.
for (const level of /** @type {const} */ (["error", "warn"])) {
  console[level] = (...args) => {
    const err = args.find((arg) => arg instanceof Error);
    const rest = args.filter((arg) => arg !== err);
    log[level](err ? { err } : {}, format(...rest));
  };
}

// The id is ours: one a client sends is replaced, so a log search for it finds one request.
const REQUEST_ID_HEADER = "x-request-id";

/** The path without its query (which may hold a session id or a cursor), at most 200 characters. */
function pathOf(url = "") {
  return url.split("?", 1)[0]?.slice(0, 200) ?? "";
}

/** @param {import("node:http").IncomingMessage} request */
function stampSocketAddress(request) {
  // Node lower-cases header names and joins repeats, so this removes every client-sent copy.
  delete request.headers[SOCKET_ADDRESS_HEADER];
  const address = request.socket.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
}

/**
 * The fields of every Vary value given, each once (case-insensitively), in the order first seen.
 * @param {unknown[]} values
 */
function mergeVary(...values) {
  const fields = new Map();
  for (const value of values.flat()) {
    if (value === undefined || value === null) continue;
    for (const field of String(value).split(",")) {
      const name = field.trim();
      if (name !== "" && !fields.has(name.toLowerCase())) fields.set(name.toLowerCase(), name);
    }
  }
  return [...fields.values()].join(", ");
}

/**
 * Next.js's app pages set their own Vary with setHeader, which drops one next.config.ts gave the
 * page (vercel/next.js#85999; the staff sign-in page varies on Accept-Language). Here a response's
 * Vary only grows: a new value joins the one already set.
 * @param {import("node:http").ServerResponse} response
 */
function keepEarlierVary(response) {
  const setHeader = response.setHeader;
  response.setHeader = (name, value) =>
    setHeader.call(
      response,
      name,
      name.toLowerCase() === "vary" ? mergeVary(response.getHeader("vary"), value) : value,
    );
}

/** One web server process: the whole server, or one worker of the cluster. */
async function serve() {
  const app = next({ dev: mode === "dev", port, hostname, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    stampSocketAddress(request);
    keepEarlierVary(response);
    // `next dev` renders every page per request, on the nonce.
    if (mode === "start") hashInlineScriptsOfCachedPages(response);
    const requestId = randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    response.once("close", () => {
      log.info(
        {
          reqId: requestId,
          method: request.method,
          path: pathOf(request.url),
          status: response.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
          // Which of `npm start`'s workers served it (none when there is one process).
          ...(cluster.worker ? { worker: cluster.worker.id } : {}),
          ...(response.writableFinished ? {} : { aborted: true }),
        },
        "request",
      );
    });
    const store = { requestId };
    // The body's events come from the socket, outside the request's context: a line Next.js logs
    // while reading the body (one too large, say) is the request's too.
    const emit = request.emit;
    request.emit = (...args) => requestContext.run(store, () => emit.apply(request, args));
    requestContext.run(store, () => void handle(request, response));
  });
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => {
    stampSocketAddress(request);
    void upgrade(request, socket, head);
  });
  // Next.js logs uncaught exceptions and carries on; a server that cannot listen must stop instead.
  server.on("error", (error) => {
    log.fatal({ err: error }, `Could not serve on port ${port}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    // A cluster's primary says it once, for all its workers.
    if (cluster.isPrimary) {
      console.log(`▸ Ready on http://${hostname ?? "localhost"}:${port} (next ${mode})`);
    }
  });

  let stopping = false;
  function stop() {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  }
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (mode === "start" && workers > 1 && cluster.isPrimary) {
  await superviseWorkers(workers);
} else {
  await serve();
}
