// The HTTP server in front of Next.js, started by scripts/run-app.ts for `npm run dev` and
// `npm start`. Plain JavaScript run by plain Node: Next.js must load React without the
// react-server condition, and its compiled chunks should not pass through a TypeScript loader.
// It exists for one reason: Next.js gives route handlers and server actions no socket, and only
// sets X-Forwarded-For when the client did not send one, so the app could not tell a client's real
// address from one it typed. Here every request's own copy of the socket-address header is deleted
// and the TCP peer's address written in its place (docs/decisions/012-client-address.md).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

// Must equal SOCKET_ADDRESS_HEADER in lib/security/socket-address-header.ts (a unit test checks).
const SOCKET_ADDRESS_HEADER = "x-blue-heart-socket-address";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const mode = positionals[0];
const port = Number(values.port);
if ((mode !== "dev" && mode !== "start") || !Number.isInteger(port) || port <= 0) {
  console.error("Usage: node scripts/serve-next.mjs dev|start --port N [--hostname H]");
  process.exit(2);
}
const hostname = values.hostname;

/** @param {import("node:http").IncomingMessage} request */
function stampSocketAddress(request) {
  // Node lower-cases header names and joins repeats, so this removes every client-sent copy.
  delete request.headers[SOCKET_ADDRESS_HEADER];
  const address = request.socket.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
}

const app = next({ dev: mode === "dev", port, hostname, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  stampSocketAddress(request);
  void handle(request, response);
});
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (request, socket, head) => {
  stampSocketAddress(request);
  void upgrade(request, socket, head);
});
// Next.js logs uncaught exceptions and carries on; a server that cannot listen must stop instead.
server.on("error", (error) => {
  console.error(`Could not serve on port ${port}:`, error.message);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`▸ Ready on http://${hostname ?? "localhost"}:${port} (next ${mode})`);
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
