import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { loadSiteMessages } from "./site-messages";

export default getRequestConfig(async ({ requestLocale }) => {
  // The `[locale]` segment; anything unknown (or a render outside it) falls back to the default.
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  return { locale, messages: await loadSiteMessages(locale) };
});
