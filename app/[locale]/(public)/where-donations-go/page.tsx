import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { everyLocaleParams } from "@/lib/campaign/locale-params";
import { getOperator } from "@/lib/campaign/operator";
import { campaignPageMetadata } from "@/lib/campaign/page-metadata";
import { isolatedNames } from "@/lib/text/isolate";

type Props = PageProps<"/[locale]/where-donations-go">;

// Built ahead in every language, re-rendered at most hourly, so that a shared cache in front keeps
// a copy for an hour, not a year (decision 034).
export const revalidate = 3600;
export const generateStaticParams = everyLocaleParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return campaignPageMetadata(await enterLocale(params), "whereDonationsGo");
}

const linkClass = "font-medium text-heart-800 underline";

export default async function WhereDonationsGoPage({ params }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Donations" });
  const operator = getOperator();
  const names = isolatedNames(operator);

  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <Container className="space-y-12 py-12">
        <Section id="operator" heading={t("operatorHeading")}>
          <p>{t("operatorText", names)}</p>
          {operator.url === undefined ? null : (
            <p>
              <a href={operator.url} className={linkClass}>
                {t("operatorLink", names)}
              </a>
            </p>
          )}
          <Notice>
            <p data-testid="official-status">
              {operator.isOfficialUnSite ? t("officialText", names) : t("notOfficialText", names)}
            </p>
          </Notice>
        </Section>

        <Section id="money" heading={t("moneyHeading")}>
          <p>{t("moneyText", names)}</p>
          <p>{t("moneyReceipt")}</p>
          {operator.beneficiary.url === undefined ? null : (
            <p>
              <a href={operator.beneficiary.url} className={linkClass}>
                {t("beneficiaryLink", names)}
              </a>
            </p>
          )}
        </Section>

        <Section id="fund" heading={t("fundHeading")}>
          <p>{t("fundText")}</p>
        </Section>

        {operator.contactEmail === undefined && operator.url === undefined ? null : (
          <Section id="questions" heading={t("questionsHeading")}>
            <p>
              {operator.contactEmail === undefined
                ? t("questionsWebsite", names)
                : t.rich("questionsEmail", {
                    ...names,
                    email: () => (
                      <a href={`mailto:${operator.contactEmail}`} dir="ltr" className={linkClass}>
                        {operator.contactEmail}
                      </a>
                    ),
                  })}
            </p>
          </Section>
        )}
      </Container>
    </>
  );
}
