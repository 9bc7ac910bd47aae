// A "manage my monthly gift" link: checks its token and sends the donor on to a fresh Stripe
// Customer Portal session (303). A link that is unknown, expired, used too often or cannot be
// opened now goes back to the manage page, which says so and offers a new link. No JavaScript.
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { localisedUrl } from "@/lib/donations/create-checkout-session";
import { openManagePortal } from "@/lib/donations/open-manage-portal";
import { log } from "@/lib/log";
import { clientIp, hashIp } from "@/lib/security/client-ip";

function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { location, "cache-control": "no-store", "referrer-policy": "no-referrer" },
  });
}

export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/donate/manage/open">,
): Promise<Response> {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const back = (link: string) => {
    const url = localisedUrl(locale, "/donate/manage");
    url.searchParams.set("link", link);
    return seeOther(url.toString());
  };
  const token = new URL(request.url).searchParams.get("token");
  try {
    const result = await openManagePortal(token, {
      ipHash: hashIp(clientIp(request.headers)),
      locale,
    });
    if (result.ok) return seeOther(result.value.url);
    switch (result.error.code) {
      case "expired":
        return back("expired");
      case "invalid":
        return back("invalid");
      case "rateLimited":
        return back("busy");
      case "notConfigured":
        return back("unavailable");
    }
  } catch (error) {
    log.error({ err: error }, "donate: could not open the Stripe customer portal");
    return back("unavailable");
  }
}
