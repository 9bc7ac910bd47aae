// Sends one fuzz case over HTTP/1.1 from its own loopback address and returns the status (0: no
// answer within the time limit, or the connection dropped). Encodes server-action calls as
// React's client does, and signs webhook payloads as Stripe does, at the moment of sending.
import { request } from "node:http";
import { encodeReply } from "next/dist/compiled/react-server-dom-turbopack/client.node.js";
import Stripe from "stripe";
import { E2E_WEBHOOK_SECRET } from "../support/e2e-stripe";
import { serverActionId } from "../support/server-action-ids";
import type { FuzzBody, FuzzCase } from "./fuzz-cases";

const TIMEOUT_MS = 30_000;

/** 127.77.x.y: one address per case (Linux routes all of 127.0.0.0/8 to loopback). */
function sourceAddress(index: number): string {
  return `127.77.${(index >> 8) & 255}.${index & 255 || 1}`;
}

async function encodeBody(
  body: FuzzBody,
): Promise<{ bytes: Buffer; contentType?: string; signature?: string }> {
  switch (body.kind) {
    case "raw":
      return { bytes: Buffer.from(body.text, "utf8"), contentType: body.contentType };
    case "action": {
      const form = new FormData();
      for (const [name, value] of body.fields) form.append(name, value);
      const encoded = await encodeReply([{}, form]);
      const response = new Response(encoded);
      return {
        bytes: Buffer.from(await response.arrayBuffer()),
        contentType: response.headers.get("content-type") ?? undefined,
      };
    }
    case "form": {
      if (!body.multipart) {
        return {
          bytes: Buffer.from(new URLSearchParams(body.fields).toString()),
          contentType: "application/x-www-form-urlencoded",
        };
      }
      const form = new FormData();
      for (const [name, value] of body.fields) form.append(name, value);
      const response = new Response(form);
      return {
        bytes: Buffer.from(await response.arrayBuffer()),
        contentType: response.headers.get("content-type") ?? undefined,
      };
    }
    case "signed":
      return {
        bytes: Buffer.from(body.payload, "utf8"),
        contentType: "application/json",
        signature:
          body.signature === "valid"
            ? Stripe.webhooks.generateTestHeaderString({
                payload: body.payload,
                secret: E2E_WEBHOOK_SECRET,
              })
            : "t=1,v1=deadbeef",
      };
  }
}

export async function sendCase(
  item: FuzzCase,
  options: { port: number; index: number },
): Promise<number> {
  const headers: Record<string, string> = { ...item.headers };
  if (item.action) {
    headers["next-action"] = serverActionId(item.action);
    headers.accept = "text/x-component";
  }
  let bytes: Buffer | undefined;
  if (item.body) {
    const encoded = await encodeBody(item.body);
    bytes = encoded.bytes;
    if (encoded.contentType !== undefined) headers["content-type"] = encoded.contentType;
    if (encoded.signature) headers["stripe-signature"] = encoded.signature;
    // A form posted without JavaScript carries the action in its fields, not a header.
    if (item.body.kind === "form" && item.action && item.body.multipart) {
      delete headers["next-action"];
    }
  }
  // A browser on this site sends its own origin; some cases bring another one.
  headers.origin ??= `http://127.0.0.1:${options.port}`;
  return new Promise((resolve) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port: options.port,
        localAddress: sourceAddress(options.index),
        method: item.method,
        path: item.path,
        headers: { ...headers, ...(bytes ? { "content-length": String(bytes.length) } : {}) },
        timeout: TIMEOUT_MS,
      },
      (incoming) => {
        incoming.resume();
        incoming.on("end", () => resolve(incoming.statusCode ?? 0));
        incoming.on("error", () => resolve(incoming.statusCode ?? 0));
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("timeout")));
    outgoing.on("error", () => resolve(0));
    outgoing.end(bytes);
  });
}
