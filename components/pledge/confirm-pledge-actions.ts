"use server";

// The confirmation page's one button, through publicAction. Only this POST confirms a pledge; the
// page's GET reads (mail scanners open every link). Without JavaScript the browser posts the form
// and follows the redirect; either way the answer is the page again, saying what happened, with
// the link's secret no longer in the address.
import { hasLocale } from "next-intl";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { publicAction } from "@/lib/actions/public-action";
import { log } from "@/lib/log";
import { type ConfirmOutcome, confirmPledge } from "@/lib/pledges/confirm-pledge";

export const confirmPledgeFromLink = publicAction(
  {
    schema: z.object({ locale: z.unknown(), token: z.unknown() }),
    refuse: async () =>
      redirect({
        href: { pathname: "/pledge/confirm", query: { result: "invalid" } },
        locale: routing.defaultLocale,
      }),
  },
  async ({ input }) => {
    const locale = hasLocale(routing.locales, input.locale) ? input.locale : routing.defaultLocale;
    let result: ConfirmOutcome | "unavailable";
    try {
      result = await confirmPledge(input.token, locale);
    } catch (error) {
      log.error({ err: error }, "pledge: could not confirm a pledge");
      result = "unavailable";
    }
    return redirect({ href: { pathname: "/pledge/confirm", query: { result } }, locale });
  },
);
