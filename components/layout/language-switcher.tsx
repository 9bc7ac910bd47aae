"use client";

import { useLocale } from "next-intl";
import { LANGUAGE_NAMES } from "@/i18n/language-names";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { textDirection } from "@/lib/campaign/text-direction";

/**
 * The six languages, each named in itself and marked with its own `lang` and `dir`, each a plain
 * link to this page in that language (it works without JavaScript, and keyboard users reach it in
 * the header). The current one is marked, not linked. A client component only to know the page it
 * is on, also when that page was prerendered; it does not prefetch the five other versions.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={label} data-language-switcher>
      {/* Each name a tap target of 32 px at least (WCAG 2.5.8 asks 24), side by side. */}
      <ul className="flex flex-wrap justify-end gap-x-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale} lang={locale} dir={textDirection(locale)}>
            {locale === current ? (
              <span
                aria-current="true"
                className="inline-flex min-h-8 items-center px-2 font-bold text-heart-900"
              >
                {LANGUAGE_NAMES[locale]}
              </span>
            ) : (
              <Link
                href={pathname}
                locale={locale}
                hrefLang={locale}
                prefetch={false}
                className="inline-flex min-h-8 items-center rounded-sm px-2 text-heart-800 underline-offset-4 hover:underline"
              >
                {LANGUAGE_NAMES[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
