import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ManageGiftForm } from "@/components/donate/manage-gift-form";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { languageAlternates } from "@/lib/campaign/page-metadata";
import { MANAGE_LINK_TTL_MINUTES } from "@/lib/donations/manage-token";

type Props = PageProps<"/[locale]/donate/manage">;

const LINK_STATES = ["expired", "invalid", "busy", "unavailable"] as const;
type LinkState = (typeof LINK_STATES)[number];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "DonateManage" });
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: languageAlternates(locale, "/donate/manage"),
  };
}

/**
 * "Manage my monthly gift": the donor's email, for a link that opens Stripe's customer portal
 * (docs/decisions/029-manage-monthly-gift.md). Also where the portal and a failed link come back.
 */
export default async function ManageGiftPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "DonateManage" });
  const messages = await getMessages({ locale });
  const link = LINK_STATES.find((state) => state === query.link) as LinkState | undefined;
  const fromPortal = query.from === "portal";

  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <Container className="space-y-8 py-12">
        {fromPortal ? (
          <Notice>
            <p role="status" data-testid="manage-back-from-portal">
              {t("backFromPortal")}
            </p>
          </Notice>
        ) : null}
        {link ? (
          <Notice>
            <p role="alert" data-testid="manage-link-problem" data-state={link}>
              {t(`link.${link}`, { minutes: MANAGE_LINK_TTL_MINUTES })}
            </p>
          </Notice>
        ) : null}
        <section aria-labelledby="manage-form-heading" className="space-y-4">
          <h2 id="manage-form-heading" className="text-2xl font-bold text-heart-900">
            {t("formHeading")}
          </h2>
          <p className="max-w-prose">{t("formIntro", { minutes: MANAGE_LINK_TTL_MINUTES })}</p>
          {/* Until the email issue lands nothing is sent (lib/donations/send-manage-link.ts): say so. */}
          <Notice>
            <p data-testid="manage-email-notice">{t("emailNotice")}</p>
          </Notice>
          <NextIntlClientProvider
            locale={locale}
            messages={{ DonateManage: messages.DonateManage }}
          >
            <ManageGiftForm locale={locale} minutes={MANAGE_LINK_TTL_MINUTES} />
          </NextIntlClientProvider>
        </section>
        <section aria-labelledby="manage-what-heading" className="max-w-prose space-y-2">
          <h2 id="manage-what-heading" className="text-xl font-semibold text-heart-900">
            {t("whatHeading")}
          </h2>
          <p>{t("whatText")}</p>
        </section>
        <p className="flex flex-wrap gap-6">
          <Link href="/donate" className="font-medium text-heart-800 underline">
            {t("donateLink")}
          </Link>
          <Link href="/where-donations-go" className="font-medium text-heart-800 underline">
            {t("whereDonationsGoLink")}
          </Link>
        </p>
      </Container>
    </>
  );
}
