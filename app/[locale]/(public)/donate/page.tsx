import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DonatePageContent } from "@/components/donate/donate-page-content";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { noLocaleParamsAhead } from "@/lib/campaign/locale-params";
import { languageAlternates } from "@/lib/campaign/page-metadata";

type Props = PageProps<"/[locale]/donate">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Donate" });
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: languageAlternates(locale, "/donate"),
  };
}

// The same for every visitor: cached, re-rendered at most every 5 seconds for the totals
// (decision 034). Coming back from Stripe's "cancel" is /donate/cancelled.
export const revalidate = 5;
export const generateStaticParams = noLocaleParamsAhead;

export default async function DonatePage({ params }: Props) {
  return <DonatePageContent locale={await enterLocale(params)} />;
}
