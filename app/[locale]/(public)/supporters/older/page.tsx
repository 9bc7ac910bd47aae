import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SupportersPageContent } from "@/components/supporters/supporters-page-content";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { parsePublicDonorsCursor } from "@/lib/donations/list-public-donors";
import { parseWallCursor } from "@/lib/pledges/list-wall-supporters";

type Props = PageProps<"/[locale]/supporters/older">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Supporters" });
  // Older pages shift all the time; only the newest (/supporters) is worth indexing.
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Older pages of the wall and the donor list, at the cursors in the address (per request). */
export default async function OlderSupportersPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const query = await searchParams;
  return (
    <SupportersPageContent
      locale={locale}
      cursor={parseWallCursor(query.cursor)}
      donorsCursor={parsePublicDonorsCursor(query.donors)}
    />
  );
}
