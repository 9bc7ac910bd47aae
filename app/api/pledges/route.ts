import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { payloadTooLarge, readCappedBody } from "@/lib/http/read-capped-body";
import { log } from "@/lib/log";
import { issueFormToken } from "@/lib/pledges/form-token";
import { pledgeApiResponse } from "@/lib/pledges/pledge-api-response";
import { recordPledge } from "@/lib/pledges/record-pledge";
import { refuse } from "@/lib/result";
import { clientIp, hashIp } from "@/lib/security/client-ip";

// Every answer depends on the request (and GET issues a fresh token): never prerender.
export const dynamic = "force-dynamic";

// A pledge is a few hundred bytes; anything much larger is not one.
const MAX_BODY_BYTES = 8 * 1024;

/**
 * A form token for integrations: the same speed bump as the form. Submit it as `formToken` no
 * sooner than `minimumSeconds` later.
 */
export function GET() {
  return Response.json(
    { formToken: issueFormToken(), minimumSeconds: env.PLEDGE_MIN_SUBMIT_SECONDS },
    { headers: { "Cache-Control": "no-store" } },
  );
}

/** Signs the pledge with the same rules as the form: see lib/pledges/record-pledge.ts. */
export async function POST(request: Request) {
  const read = await readCappedBody(request, MAX_BODY_BYTES);
  if (!read.ok) {
    return payloadTooLarge("A pledge is at most 8 KB of JSON; this request was larger.");
  }
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    body = undefined;
  }
  const requested =
    typeof body === "object" && body !== null && "locale" in body ? body.locale : undefined;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  let answer: Awaited<ReturnType<typeof pledgeApiResponse>>;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    answer = await pledgeApiResponse(refuse("invalidJson"), locale);
  } else {
    try {
      const result = await recordPledge(body, {
        ipHash: hashIp(clientIp(request.headers)),
        locale,
      });
      answer = await pledgeApiResponse(result, locale);
    } catch (error) {
      log.error({ err: error }, "pledges: could not record a pledge");
      answer = await pledgeApiResponse(refuse("unavailable"), locale);
    }
  }
  return Response.json(answer.body, { status: answer.httpStatus, headers: answer.headers });
}
