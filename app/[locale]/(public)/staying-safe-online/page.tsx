import { getTranslations } from "next-intl/server";
import { InfoPage } from "@/components/safety/info-page";
import { SourceList } from "@/components/safety/source-list";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { everyLocaleParams } from "@/lib/campaign/locale-params";
import { metadataFor } from "@/lib/campaign/page-metadata";
import { STAYING_SAFE_RESOURCES, STAYING_SAFE_SOURCES } from "@/lib/safety/signs";

// Built ahead in every language, re-rendered at most hourly, so that a shared cache in front keeps
// a copy for an hour, not a year (decision 034).
export const revalidate = 3600;
export const generateStaticParams = everyLocaleParams;

export const generateMetadata = metadataFor("stayingSafeOnline");

const linkClass = "font-medium text-heart-800 underline";

// The device and history sections: their paragraphs, in order, then their sources.
const ADVICE_SECTIONS = [
  { id: "device", heading: "deviceHeading", paragraphs: ["deviceOther", "devicePrivate"] },
  {
    id: "history",
    heading: "historyHeading",
    paragraphs: ["historySuspicion", "historyCookies", "historyTraces"],
  },
] as const;

export default async function StayingSafeOnlinePage({
  params,
}: PageProps<"/[locale]/staying-safe-online">) {
  const t = await getTranslations({ locale: await enterLocale(params), namespace: "StayingSafe" });

  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <Section id="quick-exit" heading={t("exitHeading")}>
        <p>{t("exitWhat")}</p>
        <p>{t("exitBack")}</p>
        <h3 className="text-xl font-semibold text-heart-900">{t("exitNotHeading")}</h3>
        <ul className="list-disc space-y-2 ps-6" data-testid="quick-exit-limits">
          {(["exitNotHistory", "exitNotMonitoring", "exitNotForms"] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p>{t("exitSources")}</p>
        <SourceList sources={STAYING_SAFE_SOURCES.exit} />
      </Section>

      {ADVICE_SECTIONS.map((section) => (
        <Section key={section.id} id={section.id} heading={t(section.heading)}>
          {section.paragraphs.map((key) => (
            <p key={key}>{t(key)}</p>
          ))}
          <SourceList sources={STAYING_SAFE_SOURCES[section.id]} />
        </Section>
      ))}

      <Section id="more" heading={t("moreHeading")}>
        <p>{t("moreIntro")}</p>
        <ul className="list-disc space-y-2 ps-6">
          {STAYING_SAFE_RESOURCES.map((resource) => (
            <li key={resource.id}>
              <a href={resource.url} rel="noreferrer" className={linkClass}>
                {t(resource.id)}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/get-help" className={linkClass}>
            {t("helpLink")}
          </Link>
        </p>
      </Section>
    </InfoPage>
  );
}
