import "server-only";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { type AppLocale, routing } from "@/i18n/routing";

/**
 * The first line of every campaign page: checks the `[locale]` segment (an unknown one is a 404)
 * and tells next-intl the locale up front, which keeps the page static.
 */
export async function enterLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
