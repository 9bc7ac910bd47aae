import "./brand-fonts";
import "./globals.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import NotFoundPage from "@/app/[locale]/not-found";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { QuickExit } from "@/components/safety/quick-exit";
import { routing } from "@/i18n/routing";
import { getOperator } from "@/lib/campaign/operator";
import { siteMetadataBase } from "@/lib/campaign/page-metadata";
import { textDirection } from "@/lib/campaign/text-direction";
import { env } from "@/lib/env";

// Any URL no route claims. Rendered at build time as a whole document, so the 404 reads the same
// with JavaScript off (a notFound() thrown from a dynamic catch-all route would send an empty shell:
// a known Next.js limitation). Locales get their own copy when more than one exists.
const locale = routing.defaultLocale;

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
          </main>
          <SiteFooter operator={getOperator()} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
