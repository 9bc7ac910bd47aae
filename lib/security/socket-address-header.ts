// The request header through which our own HTTP server (scripts/serve-next.mjs) hands the TCP
// peer's address to the app. Next.js gives route handlers and server actions no socket, so the
// server deletes any copy a client sent and writes the real one before Next.js sees the request.
// No `server-only` here: the server script imports it too.
export const SOCKET_ADDRESS_HEADER = "x-blue-heart-socket-address";
