import { routing } from "@/i18n/routing";

// Which `[locale]` pages `next build` renders ahead (docs/decisions/034-static-shell.md). A page
// exports one of these as its generateStaticParams.

/** Every language: the page is built ahead for all six (it reads no database). */
export function everyLocaleParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/**
 * None: the page is rendered on its first request in each language, then cached and re-rendered
 * after its `revalidate` seconds. For pages that read the database, which `next build` has not.
 */
export function noLocaleParamsAhead(): { locale: string }[] {
  return [];
}
