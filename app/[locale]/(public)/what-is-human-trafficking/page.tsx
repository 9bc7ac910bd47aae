import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { FigureTable } from "@/components/ui/figure-table";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { everyLocaleParams } from "@/lib/campaign/locale-params";
import { campaignPageMetadata } from "@/lib/campaign/page-metadata";
import { getCampaignPage } from "@/lib/campaign/pages";

type Props = PageProps<"/[locale]/what-is-human-trafficking">;

// Built ahead in every language, re-rendered at most hourly, so that a shared cache in front keeps
// a copy for an hour, not a year (decision 034).
export const revalidate = 3600;
export const generateStaticParams = everyLocaleParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return campaignPageMetadata(await enterLocale(params), "whatIsHumanTrafficking");
}

export default async function WhatIsHumanTraffickingPage({ params }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "WhatIs" });
  const page = getCampaignPage("whatIsHumanTrafficking");

  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <Container className="space-y-12 py-12">
        <Section id="definition" heading={t("definitionHeading")}>
          <p>{t("definitionText")}</p>
        </Section>
        <Section id="affected" heading={t("affectedHeading")}>
          <p>{t("affectedText")}</p>
        </Section>
        <section aria-labelledby="figures-heading" className="space-y-4">
          <h2 id="figures-heading" className="text-2xl font-semibold text-heart-900">
            {t("figuresHeading")}
          </h2>
          <p className="max-w-[68ch] text-lg/relaxed">{t("figuresIntro")}</p>
          <FigureTable figureIds={page.figureIds} />
        </section>
        <Section id="estimates" heading={t("estimatesHeading")}>
          <Notice>
            <p>{t("estimatesText")}</p>
          </Notice>
        </Section>
        <Section id="regions" heading={t("regionsHeading")}>
          <p>{t("regionsText")}</p>
          <p className="text-base text-ink-muted">{t("regionsSource")}</p>
        </Section>
      </Container>
    </>
  );
}
