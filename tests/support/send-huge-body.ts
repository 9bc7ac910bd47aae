// Sends a large request body in chunks (Transfer-Encoding: chunked, no Content-Length, so the
// server cannot refuse it from the headers alone) and stops as soon as the server answers. Used by
// the body-cap browser test and `npm run bench` (bench/body-cap.ts). Loopback only.
import { request } from "node:http";

export interface HugeBodyResult {
  /** The server's status code, or 0 when it closed the connection without answering. */
  status: number;
  /** Bytes written before the answer came (or the connection closed). */
  sent: number;
}

const CHUNK = Buffer.alloc(64 * 1024, "a");

export function sendHugeBody(
  url: string,
  bytes: number,
  headers: Record<string, string> = {},
): Promise<HugeBodyResult> {
  const target = new URL(url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(target.hostname)) {
    throw new Error(`sendHugeBody sends to this machine only, not ${target.hostname}`);
  }
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    let settled = false;
    const finish = (status: number) => {
      if (settled) return;
      settled = true;
      resolve({ status, sent });
    };
    const outgoing = request(target, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
    });
    outgoing.on("response", (incoming) => {
      answered = true;
      finish(incoming.statusCode ?? 0);
      // The status is all we need; stop sending and drop the rest.
      outgoing.destroy();
    });
    outgoing.on("error", () => {
      if (!answered) finish(0);
    });
    const pump = () => {
      while (!answered && !outgoing.destroyed && sent < bytes) {
        sent += CHUNK.length;
        if (!outgoing.write(CHUNK)) {
          outgoing.once("drain", pump);
          return;
        }
      }
      if (!answered && !outgoing.destroyed) outgoing.end();
    };
    pump();
  });
}
