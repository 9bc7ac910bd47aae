import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BlueHeart } from "@/components/brand/blue-heart";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { everyLocaleParams } from "@/lib/campaign/locale-params";
import { UNODC_BLUE_HEART_URL } from "@/lib/campaign/official-links";
import { campaignPageMetadata } from "@/lib/campaign/page-metadata";

type Props = PageProps<"/[locale]/blue-heart-campaign">;

// Built ahead in every language, re-rendered at most hourly, so that a shared cache in front keeps
// a copy for an hour, not a year (decision 034).
export const revalidate = 3600;
export const generateStaticParams = everyLocaleParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return campaignPageMetadata(await enterLocale(params), "blueHeartCampaign");
}

export default async function BlueHeartCampaignPage({ params }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Campaign" });
  const nav = await getTranslations({ locale, namespace: "Layout" });

  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <Container className="space-y-12 py-12">
        <Section id="launch" heading={t("launchHeading")}>
          <p>{t("launchText")}</p>
        </Section>
        <Section id="symbol" heading={t("symbolHeading")}>
          <div className="flex items-start gap-5">
            <BlueHeart className="mt-1 size-16 shrink-0 text-heart-600" />
            <div className="space-y-4">
              <p>{t("symbolText")}</p>
              <p>{t("symbolWearing")}</p>
            </div>
          </div>
        </Section>
        <Section id="world-day" heading={t("worldDayHeading")}>
          <p>{t("worldDayText")}</p>
          <p>
            <strong className="font-semibold">{t("themeLabel")}</strong> {t("themeName")}
          </p>
        </Section>
        <Section id="secretary-general" heading={t("guterresHeading")}>
          <figure className="border-s-4 border-heart-600 ps-5">
            <p>{t("guterresText")}</p>
            <figcaption className="mt-3 text-base text-ink-muted">
              {t("guterresAttribution")}
            </figcaption>
          </figure>
        </Section>
        <Section id="official" heading={t("officialHeading")}>
          <p>{t("officialText")}</p>
          <p>
            <a href={UNODC_BLUE_HEART_URL} className="font-medium text-heart-800 underline">
              {nav("officialCampaignLink")}
            </a>
          </p>
        </Section>
      </Container>
    </>
  );
}
