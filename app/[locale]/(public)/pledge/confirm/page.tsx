import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmPledgePanel } from "@/components/pledge/confirm-pledge-panel";
import { enterLocale } from "@/lib/campaign/enter-locale";

type Props = PageProps<"/[locale]/pledge/confirm">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "PledgeConfirm" });
  // A page of one person's link: nothing here for a search engine.
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Where a confirmation email's link leads (lib/pledges/confirm-pledge.ts). */
export default async function ConfirmPledgePage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const query = await searchParams;
  return <ConfirmPledgePanel locale={locale} token={query.token} result={query.result} />;
}
