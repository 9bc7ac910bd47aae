import "server-only";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { DonateForm } from "@/components/donate/donate-form";
import type { DonateFormValues } from "@/components/donate/donate-form-state";
import { DonationTotals } from "@/components/donate/donation-totals";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { getOperator } from "@/lib/campaign/operator";
import type { CancelledChoices } from "@/lib/donations/find-cancelled-donation";
import { getDonationConfig } from "@/lib/donations/get-donation-config";
import { donationsConfigured } from "@/lib/stripe";
import { isolatedNames } from "@/lib/text/isolate";

type DonatePageContentProps = {
  locale: AppLocale;
  /**
   * Set when the donor came back from Stripe's page with "cancel" (/donate/cancelled): the form
   * shows their choices again when they could be read (null when not), under a notice.
   */
  cancelled?: { choices: CancelledChoices | null };
};

/**
 * The donate page: the same for every visitor at /donate (cached, decision 034), and with the
 * donor's own choices at /donate/cancelled, which is rendered per request.
 */
export async function DonatePageContent({ locale, cancelled }: DonatePageContentProps) {
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
          {cancelled !== undefined ? (
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
              initialValues={cancelled?.choices ?? defaults}
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
