import type { IncomingMessage, ServerResponse } from "node:http";
import { renderCheckoutPage, submitCheckoutPage } from "../checkout-sessions/hosted-page";
import type { EmulatorCore } from "../core/emulator-core";
import { HttpError, readBody, sendHtml } from "./responses";

/** `GET /checkout/:id` shows the hosted page; `POST /checkout/:id/pay` submits one of its forms. */
export async function handleCheckoutPageRequest(
  core: EmulatorCore,
  request: IncomingMessage,
  response: ServerResponse,
  segments: readonly string[],
): Promise<void> {
  const [, sessionId, action] = segments;
  const session = sessionId ? core.state.sessions[sessionId] : undefined;
  if (!session) {
    return sendHtml(
      response,
      404,
      '<!doctype html><html lang="en"><title>Not found</title><h1>No such checkout page</h1></html>',
    );
  }
  if (request.method === "GET" && action === undefined)
    return sendHtml(response, 200, renderCheckoutPage(core, session));
  if (request.method === "POST" && action === "pay") {
    const values = Object.fromEntries(new URLSearchParams(await readBody(request)));
    const result = submitCheckoutPage(core, session, values);
    if (result.redirectTo) {
      response.writeHead(303, { location: result.redirectTo, "cache-control": "no-store" });
      response.end();
      return;
    }
    return sendHtml(response, result.status, result.html ?? "");
  }
  throw new HttpError(405, "Method not allowed");
}
