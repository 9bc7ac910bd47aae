import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CheckInboxPanel } from "@/components/pledge/check-inbox-panel";
import { enterLocale } from "@/lib/campaign/enter-locale";

type Props = PageProps<"/[locale]/pledge/check-your-inbox">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "PledgeCheckInbox" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** After signing while PLEDGE_CONFIRMATION=required: the same page for every signer. */
export default async function CheckYourInboxPage({ params, searchParams }: Props) {
  await enterLocale(params);
  return <CheckInboxPanel to={(await searchParams).to} />;
}
