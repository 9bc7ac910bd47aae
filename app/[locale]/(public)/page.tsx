import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BlueHeart } from "@/components/brand/blue-heart";
import { DonateCallToAction } from "@/components/donate/donate-call-to-action";
import { DonationTotals } from "@/components/donate/donation-totals";
import { CampaignActions } from "@/components/layout/campaign-actions";
import { PledgeCallToAction } from "@/components/pledge/pledge-call-to-action";
import { SupporterCounter } from "@/components/stats/supporter-counter";
import { Container } from "@/components/ui/container";
import { FigureHighlights } from "@/components/ui/figure-highlights";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { noLocaleParamsAhead } from "@/lib/campaign/locale-params";
import { campaignPageMetadata } from "@/lib/campaign/page-metadata";
import { getCampaignPage } from "@/lib/campaign/pages";

// Cached and served to everyone, re-rendered at most every 5 seconds (decision 034).
export const revalidate = 5;
export const generateStaticParams = noLocaleParamsAhead;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  return campaignPageMetadata(await enterLocale(params), "home");
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  const page = getCampaignPage("home");

  return (
    <>
      <div className="border-b border-heart-100 bg-linear-to-b from-heart-50 to-white">
        <Container className="grid items-center gap-8 py-12 sm:py-16 md:grid-cols-[1fr_auto]">
          <div>
            <p className="text-base font-semibold text-heart-700">{t("eyebrow")}</p>
            <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance text-heart-900 sm:text-5xl">
              {t("title")}
            </h1>
            <p className="mt-5 max-w-[58ch] text-lg/relaxed text-ink-muted sm:text-xl/relaxed">
              {t("intro")}
            </p>
          </div>
          <BlueHeart className="mx-auto hidden w-56 text-heart-600 drop-shadow-md md:block lg:w-64" />
        </Container>
      </div>

      <Container className="space-y-16 py-12 sm:py-16">
        <Section id="symbol" heading={t("symbolHeading")}>
          <p>{t("symbolText")}</p>
          <p>
            <Link href="/blue-heart-campaign" className="font-medium text-heart-800 underline">
              {t("symbolLink")}
            </Link>
          </p>
        </Section>

        <section aria-labelledby="scale-heading" className="space-y-6">
          <div className="max-w-[68ch] space-y-3">
            <h2 id="scale-heading" className="text-2xl font-semibold text-heart-900">
              {t("scaleHeading")}
            </h2>
            <p className="text-lg/relaxed">{t("scaleIntro")}</p>
          </div>
          <FigureHighlights figureIds={page.figureIds} />
          <div className="max-w-[68ch] space-y-3 text-base/relaxed">
            <p className="text-ink-muted">{t("scaleNote")}</p>
            <p>
              <Link
                href="/what-is-human-trafficking"
                className="font-medium text-heart-800 underline"
              >
                {t("scaleLink")}
              </Link>
            </p>
          </div>
        </section>

        {/* campaign-actions: the live figures (pledges, donors, money raised) and the calls to act. */}
        <CampaignActions
          counter={
            <>
              <SupporterCounter tone="dark" id="home-counter" />
              <DonationTotals locale={locale} tone="band" />
            </>
          }
          actions={
            <div className="flex flex-wrap gap-4">
              <PledgeCallToAction />
              <DonateCallToAction />
            </div>
          }
        />
      </Container>
    </>
  );
}
