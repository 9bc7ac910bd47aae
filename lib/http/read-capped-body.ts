export type CappedBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: "tooLarge" };
export type CappedBody = { ok: true; text: string } | { ok: false; reason: "tooLarge" };

/**
 * Reads a request body, but never more than `maxBytes` of it: a declared Content-Length over the
 * cap is refused before reading anything, and a chunked body is read only until it passes the cap,
 * then the stream is cancelled. So a 200 MB upload costs the server at most `maxBytes` of memory,
 * not 200 MB (request.text() would buffer it all first).
 */
export async function readCappedBytes(request: Request, maxBytes: number): Promise<CappedBytes> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: "tooLarge" };
  if (request.body === null) return { ok: true, bytes: new Uint8Array() };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "tooLarge" };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** readCappedBytes, as UTF-8 text. */
export async function readCappedBody(request: Request, maxBytes: number): Promise<CappedBody> {
  const read = await readCappedBytes(request, maxBytes);
  return read.ok ? { ok: true, text: Buffer.from(read.bytes).toString("utf8") } : read;
}

/**
 * The answer to a body over the cap: 413. (No `Connection: close`: closing on a client that is
 * still sending resets the connection, and the client may lose the answer before reading it.)
 */
export function payloadTooLarge(message: string): Response {
  return Response.json(
    { status: "payloadTooLarge", message },
    { status: 413, headers: { "Cache-Control": "no-store" } },
  );
}
