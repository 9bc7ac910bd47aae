import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ShareLinks } from "@/components/pledge/share-links";
import { SupporterCounter } from "@/components/stats/supporter-counter";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getPathname, Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { env } from "@/lib/env";
import { requestedCountry } from "@/lib/safety/help-line-list";

type Props = PageProps<"/[locale]/pledge/thank-you">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "PledgeThankYou" });
  // Reached after signing; nothing here for a search engine.
  return { title: t("metaTitle"), robots: { index: false } };
}

const linkClass = "font-medium text-heart-800 underline";

// The same page for every signer, new or repeated: it never says whether an address had signed.
// The pledge's action passes the country the signer chose (`?country=`, nothing personal), so
// "Get help" shows that country's lines first.
export default async function ThankYouPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const country = requestedCountry((await searchParams).country);
  const t = await getTranslations({ locale, namespace: "PledgeThankYou" });
  const pledgeUrl = new URL(getPathname({ locale, href: "/pledge" }), env.SITE_URL).toString();

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Container className="space-y-12 py-12">
        <SupporterCounter id="thank-you-counter" />
        <p className="max-w-[60ch] text-base text-ink-muted">{t("emailNote")}</p>
        <section aria-labelledby="share-heading" className="space-y-4">
          <h2 id="share-heading" className="text-2xl font-semibold text-heart-900">
            {t("shareHeading")}
          </h2>
          <p className="max-w-[60ch] text-lg/relaxed">{t("shareIntro")}</p>
          <ShareLinks url={pledgeUrl} />
        </section>
        <section aria-labelledby="next-heading" className="space-y-4">
          <h2 id="next-heading" className="text-2xl font-semibold text-heart-900">
            {t("nextHeading")}
          </h2>
          <ul className="space-y-2 text-lg">
            <li>
              <Link href="/learn-the-signs" className={linkClass}>
                {t("learnLink")}
              </Link>
            </li>
            <li>
              <Link
                href={
                  country === undefined
                    ? "/get-help"
                    : { pathname: "/get-help", query: { country } }
                }
                className={linkClass}
              >
                {t("helpLink")}
              </Link>
            </li>
            <li>
              <Link href="/supporters" className={linkClass}>
                {t("wallLink")}
              </Link>
            </li>
            <li>
              <Link href="/where-donations-go" className={linkClass}>
                {t("donateLink")}
              </Link>
            </li>
          </ul>
        </section>
      </Container>
    </>
  );
}
