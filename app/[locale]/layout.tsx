import "../brand-fonts";
import "../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { QuickExit } from "@/components/safety/quick-exit";
import { TestModeBanner } from "@/components/test-mode-banner";
import { routing } from "@/i18n/routing";
import { getOperator } from "@/lib/campaign/operator";
import { siteMetadataBase, socialMetadata } from "@/lib/campaign/page-metadata";
import { textDirection } from "@/lib/campaign/text-direction";
import { env } from "@/lib/env";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const title = t("defaultTitle");
  const description = t("defaultDescription");
  return {
    metadataBase: siteMetadataBase(),
    title: { template: t("titleTemplate"), default: title },
    description,
    applicationName: t("siteName"),
    // No title or description here: every page's share tags take its own (page-metadata.ts).
    ...(await socialMetadata(locale, {})),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Lets next-intl read the locale without request headers, so the pages can be prerendered.
  setRequestLocale(locale);

  const t = await getTranslations({ locale, namespace: "Layout" });
  // Only the error page and the quick exit render on the client; send them their own messages.
  const messages = await getMessages({ locale });

  return (
    <html lang={locale} dir={textDirection(locale)} data-scroll-behavior="smooth">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          // Over the page's top corner when focused, 48 px high: within the quick-exit bar (56 px
          // and more), so the test-mode banner below it stays in view.
          className="sr-only rounded-md bg-heart-900 font-semibold text-white focus:not-sr-only focus:absolute focus:start-0 focus:top-0 focus:z-50 focus:px-4 focus:py-3"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider
          locale={locale}
          messages={{ Error: messages.Error, QuickExit: messages.QuickExit }}
        >
          {/* First after the skip link: docs/decisions/017-safety-features.md. */}
          <QuickExit url={env.QUICK_EXIT_URL} />
          <TestModeBanner />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter operator={getOperator()} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
