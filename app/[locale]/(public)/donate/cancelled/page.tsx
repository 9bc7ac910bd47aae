import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DonatePageContent } from "@/components/donate/donate-page-content";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { findCancelledDonation } from "@/lib/donations/find-cancelled-donation";
import { getDonationConfig } from "@/lib/donations/get-donation-config";
import { log } from "@/lib/log";

type Props = PageProps<"/[locale]/donate/cancelled">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Donate" });
  // The donor's own way back from Stripe's page: the form at /donate is the page to index.
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Back from "cancel" on Stripe's page (the Checkout cancel_url): the form with the donor's choices. */
export default async function DonateCancelledPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const { donation } = await searchParams;
  const choices = await findCancelledDonation(
    typeof donation === "string" ? donation : undefined,
    getDonationConfig(),
  ).catch((error: unknown) => {
    log.error({ err: error }, "donate: could not read the cancelled donation");
    return null;
  });
  return <DonatePageContent locale={locale} cancelled={{ choices }} />;
}
