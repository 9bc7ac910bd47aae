import "./brand-fonts";
import "./globals.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import NotFoundPage from "@/app/[locale]/not-found";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { QuickExit } from "@/components/safety/quick-exit";
import { Container } from "@/components/ui/container";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getOperator } from "@/lib/campaign/operator";
import { siteMetadataBase } from "@/lib/campaign/page-metadata";
import { textDirection } from "@/lib/campaign/text-direction";
import { env } from "@/lib/env";

// Any URL no route claims. Rendered at build time as a whole document, so the 404 reads the same
// with JavaScript off (a notFound() thrown from a dynamic catch-all route sends an empty shell, the
// page drawn by script: a known Next.js limitation, checked again on 16.4.6). Built once, it cannot
// know the address's language: it is in English, with the same two lines in every other language,
// each marked with its `lang`, and a link to that language's home page.
const locale = routing.defaultLocale;

async function OtherLanguages() {
  const others = routing.locales.filter((other) => other !== locale);
  if (others.length === 0) return null;
  const lines = await Promise.all(
    others.map(async (other) => ({
      locale: other,
      t: await getTranslations({ locale: other, namespace: "NotFound" }),
      nav: await getTranslations({ locale: other, namespace: "Navigation" }),
    })),
  );
  return (
    <Container className="pb-16">
      <ul className="grid gap-4 border-t border-heart-100 pt-8 sm:grid-cols-2">
        {lines.map(({ locale: other, t, nav }) => (
          <li key={other} lang={other} dir={textDirection(other)}>
            <p className="font-semibold text-heart-900">{t("title")}</p>
            <p className="text-ink-muted">{t("text")}</p>
            <p className="flex flex-wrap gap-x-6 gap-y-1">
              <Link
                href="/"
                locale={other}
                className="font-medium text-heart-800 underline"
                hrefLang={other}
              >
                {t("homeLink")}
              </Link>
              {/* "Get help" is linked from every page in every language: here, in this one. */}
              <Link
                href="/get-help"
                locale={other}
                className="font-medium text-heart-800 underline"
                hrefLang={other}
              >
                {nav("getHelp")}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </Container>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { metadataBase: siteMetadataBase(), title: t("title"), robots: { index: false } };
}

export default async function GlobalNotFound() {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Layout" });
  const messages = await getMessages({ locale });
  return (
    <html lang={locale} dir={textDirection(locale)} data-scroll-behavior="smooth">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-heart-900 px-4 py-3 font-semibold text-white focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={{ QuickExit: messages.QuickExit }}>
          <QuickExit url={env.QUICK_EXIT_URL} />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            <NotFoundPage />
            <OtherLanguages />
          </main>
          <SiteFooter operator={getOperator()} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
