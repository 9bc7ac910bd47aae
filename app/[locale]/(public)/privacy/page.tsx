import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrivacyContact } from "@/components/campaign/privacy-contact";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { everyLocaleParams } from "@/lib/campaign/locale-params";
import { getOperator } from "@/lib/campaign/operator";
import { campaignPageMetadata } from "@/lib/campaign/page-metadata";
import {
  HASHED_IP_RETENTION_HOURS,
  PLEDGE_RETENTION_MONTHS_AFTER_CAMPAIGN,
  PRIVACY_NOTICE_VERSION,
} from "@/lib/campaign/privacy";
import { isolate } from "@/lib/text/isolate";

type Props = PageProps<"/[locale]/privacy">;

// Built ahead in every language, re-rendered at most hourly, so that a shared cache in front keeps
// a copy for an hour, not a year (decision 034).
export const revalidate = 3600;
export const generateStaticParams = everyLocaleParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return campaignPageMetadata(await enterLocale(params), "privacy");
}

export default async function PrivacyPage({ params }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  const format = await getFormatter({ locale });
  const operator = getOperator();
  const names = { operator: isolate(operator.name) };
  const versionDate = format.dateTime(new Date(`${PRIVACY_NOTICE_VERSION}T00:00:00Z`), {
    dateStyle: "long",
    timeZone: "UTC",
  });

  const holdings = [
    { id: "pledges", title: t("pledgesTitle"), text: t("pledgesText") },
    { id: "donations", title: t("donationsTitle"), text: t("donationsText") },
    { id: "rate-limit", title: t("rateLimitTitle"), text: t("rateLimitText") },
    { id: "trackers", title: t("trackersTitle"), text: t("trackersText") },
  ];

  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <Container className="space-y-12 py-12">
        <p className="text-base text-ink-muted" data-privacy-version={PRIVACY_NOTICE_VERSION}>
          {t.rich("version", {
            date: versionDate,
            time: (chunks) => <time dateTime={PRIVACY_NOTICE_VERSION}>{chunks}</time>,
          })}
        </p>

        <Section id="controller" heading={t("controllerHeading")}>
          <p>{t("controllerText", names)}</p>
        </Section>

        <Section id="data" heading={t("dataHeading")}>
          <dl className="space-y-5">
            {holdings.map((item) => (
              <div key={item.id}>
                <dt className="font-semibold text-heart-900">{item.title}</dt>
                <dd className="mt-1">{item.text}</dd>
              </div>
            ))}
          </dl>
        </Section>

        <Section id="basis" heading={t("basisHeading")}>
          <p>{t("basisText")}</p>
        </Section>

        <Section id="retention" heading={t("retentionHeading")}>
          <ul className="list-disc space-y-2 ps-6">
            <li>{t("retentionPledges", { months: PLEDGE_RETENTION_MONTHS_AFTER_CAMPAIGN })}</li>
            <li>{t("retentionDonations")}</li>
            <li>{t("retentionHashes", { hours: HASHED_IP_RETENTION_HOURS })}</li>
          </ul>
        </Section>

        <Section id="sharing" heading={t("sharingHeading")}>
          <p>{t("sharingText")}</p>
        </Section>

        <Section id="rights" heading={t("rightsHeading")}>
          <p>{t("rightsText")}</p>
        </Section>

        <Section id="contact" heading={t("contactHeading")}>
          <PrivacyContact
            operator={operator}
            emailSentence={(link) => t.rich("contactEmail", { ...names, email: () => link })}
            notSet={t("contactNotSet")}
            website={t("contactWebsite", names)}
          />
        </Section>

        <Section id="changes" heading={t("changesHeading")}>
          <p>{t("changesText")}</p>
        </Section>
      </Container>
    </>
  );
}
