import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PledgeForm } from "@/components/pledge/pledge-form";
import { SupporterCounter } from "@/components/stats/supporter-counter";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { noLocaleParamsAhead } from "@/lib/campaign/locale-params";
import { languageAlternates } from "@/lib/campaign/page-metadata";
import { listSearchableCountries } from "@/lib/countries/list-countries";
import { issueFormToken } from "@/lib/pledges/form-token";

type Props = PageProps<"/[locale]/pledge">;

// Cached and served to everyone, re-rendered at most every 5 seconds: the counter and the form's
// token are that fresh, the browser fetches its own token (decision 034).
export const revalidate = 5;
export const generateStaticParams = noLocaleParamsAhead;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Pledge" });
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: languageAlternates(locale, "/pledge"),
  };
}

export default async function PledgePage({ params }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Pledge" });
  const messages = await getMessages({ locale });

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Container className="grid gap-12 py-12 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="pledge-form-heading" className="max-w-2xl">
          <blockquote className="rounded-lg border-s-4 border-heart-600 bg-heart-50 p-5 text-lg/relaxed text-heart-900">
            {t("pledgeText")}
          </blockquote>
          <h2 id="pledge-form-heading" className="mt-10 text-2xl font-semibold text-heart-900">
            {t("formHeading")}
          </h2>
          <div className="mt-6">
            <NextIntlClientProvider locale={locale} messages={{ Pledge: messages.Pledge }}>
              <PledgeForm
                locale={locale}
                countries={listSearchableCountries(locale)}
                formToken={issueFormToken()}
              />
            </NextIntlClientProvider>
          </div>
        </section>
        <aside aria-labelledby="pledge-count-heading" className="space-y-6">
          <h2 id="pledge-count-heading" className="text-2xl font-semibold text-heart-900">
            {t("countingRuleHeading")}
          </h2>
          <SupporterCounter id="pledge-page-counter" />
          <p>
            <Link href="/supporters" className="font-medium text-heart-800 underline">
              {t("wallLink")}
            </Link>
          </p>
        </aside>
      </Container>
    </>
  );
}
