import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { DonateForm } from "@/components/donate/donate-form";
import type { DonateFormValues } from "@/components/donate/donate-form-state";
import { DonationTotals } from "@/components/donate/donation-totals";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { getOperator } from "@/lib/campaign/operator";
import { languageAlternates } from "@/lib/campaign/page-metadata";
import { findCancelledDonation } from "@/lib/donations/find-cancelled-donation";
import { getDonationConfig } from "@/lib/donations/get-donation-config";
import { log } from "@/lib/log";
import { donationsConfigured } from "@/lib/stripe";
import { isolatedNames } from "@/lib/text/isolate";

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

export default async function DonatePage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "Donate" });
  const operator = getOperator();
  const names = isolatedNames(operator);

  if (!donationsConfigured()) {
    return (
      <>
        <PageHeader title={t("title")} lead={t("intro")} />
        <Container className="py-12">
          <Notice>
            <h2 className="text-xl font-semibold text-heart-900">{t("notConfiguredHeading")}</h2>
            <p className="mt-2">{t("notConfiguredText")}</p>
            <p className="mt-2">
              <Link href="/where-donations-go" className="font-medium text-heart-800 underline">
                {t("whereDonationsGoLink")}
              </Link>
            </p>
          </Notice>
        </Container>
      </>
    );
  }

  const config = getDonationConfig();
  const cancelledId = typeof query.cancelled === "string" ? query.cancelled : undefined;
  const cancelled = await findCancelledDonation(cancelledId, config).catch((error: unknown) => {
    log.error({ err: error }, "donate: could not read the cancelled donation");
    return null;
  });
  const first = config.currencies[0];
  const defaults: DonateFormValues = {
    currency: first?.code ?? "usd",
    frequency: "once",
    preset: first ? `${first.code}:${first.presets[1] ?? first.presets[0] ?? ""}` : "custom",
    customAmount: "",
    visibility: "anonymous",
    publicName: "",
    message: "",
    inHonourOf: "",
    coverFees: false,
  };
  const messages = await getMessages({ locale });

  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <Container className="grid gap-10 py-12 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          {cancelledId !== undefined ? (
            <Notice className="mb-8">
              <p role="status">{t("cancelled")}</p>
            </Notice>
          ) : null}
          <h2 className="mb-6 text-2xl font-bold text-heart-900">{t("formHeading")}</h2>
          <NextIntlClientProvider locale={locale} messages={{ Donate: messages.Donate }}>
            <DonateForm
              locale={locale}
              currencies={config.currencies}
              cardFee={config.cardFee}
              settlementCurrency={config.settlementCurrency}
              initialValues={cancelled ?? defaults}
              statementHeading={t("statementHeading")}
              statement={t("statement", names)}
            />
          </NextIntlClientProvider>
        </div>
        <aside className="space-y-6">
          <DonationTotals locale={locale} />
          <p>
            <Link href="/where-donations-go" className="font-medium text-heart-800 underline">
              {t("whereDonationsGoLink")}
            </Link>
          </p>
          <p>
            <Link href="/donate/manage" className="font-medium text-heart-800 underline">
              {t("manageLink")}
            </Link>
          </p>
        </aside>
      </Container>
    </>
  );
}
