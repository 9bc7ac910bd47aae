import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorCore } from "../core/emulator-core";
import { HttpError, readBody, sendHtml } from "../http/responses";
import { renderPortalPage, submitPortalPage } from "./hosted-portal";

/** `GET /billing_portal/session/:id` shows the portal; `POST .../:id/<action>` runs one of its forms. */
export async function handlePortalPageRequest(
  core: EmulatorCore,
  request: IncomingMessage,
  response: ServerResponse,
  segments: readonly string[],
): Promise<void> {
  const [, kind, sessionId, action] = segments;
  const session =
    kind === "session" && sessionId ? core.state.portalSessions[sessionId] : undefined;
  if (!session) {
    return sendHtml(
      response,
      404,
      '<!doctype html><html lang="en"><title>Not found</title><h1>No such portal session</h1></html>',
    );
  }
  if (request.method === "GET" && action === undefined) {
    const page = renderPortalPage(core, session);
    return sendHtml(response, page.status, page.html ?? "");
  }
  if (request.method === "POST" && action !== undefined) {
    const values = Object.fromEntries(new URLSearchParams(await readBody(request)));
    const page = submitPortalPage(core, session, action, values);
    return sendHtml(response, page.status, page.html ?? "");
  }
  throw new HttpError(405, "Method not allowed");
}
