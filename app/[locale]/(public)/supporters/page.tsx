import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SupportersPageContent } from "@/components/supporters/supporters-page-content";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { noLocaleParamsAhead } from "@/lib/campaign/locale-params";
import { languageAlternates } from "@/lib/campaign/page-metadata";

type Props = PageProps<"/[locale]/supporters">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Supporters" });
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: languageAlternates(locale, "/supporters"),
  };
}

// The newest supporters, the same for everyone: cached, re-rendered at most every 5 seconds
// (decision 034). Older pages of the lists are /supporters/older.
export const revalidate = 5;
export const generateStaticParams = noLocaleParamsAhead;

export default async function SupportersPage({ params }: Props) {
  return <SupportersPageContent locale={await enterLocale(params)} />;
}
