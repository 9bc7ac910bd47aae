// Auth.js's endpoints (sign-in callbacks, sign-out, session). The config is in lib/auth/auth.ts.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { isSiteHost, wrongHostResponse } from "@/lib/auth/site-host";
import { payloadTooLarge, readCappedBody } from "@/lib/http/read-capped-body";

// Auth.js's own forms are a few hundred bytes; it would otherwise buffer any body whole.
const MAX_BODY_BYTES = 16 * 1024;

// A request naming another host is answered here, with a 400 that says where the site is: Auth.js
// would refuse it too (it does not trust that host), but as a 500 "server configuration" error.
export async function GET(request: NextRequest): Promise<Response> {
  if (!isSiteHost(request.headers)) return wrongHostResponse();
  return handlers.GET(request);
}

export async function POST(request: NextRequest): Promise<Response> {
  if (!isSiteHost(request.headers)) return wrongHostResponse();
  const read = await readCappedBody(request, MAX_BODY_BYTES);
  if (!read.ok) return payloadTooLarge("This request is larger than any sign-in form.");
  return handlers.POST(
    new NextRequest(request.url, { method: "POST", headers: request.headers, body: read.text }),
  );
}
