import { getTranslations } from "next-intl/server";
import { InfoPage } from "@/components/safety/info-page";
import { SourceList } from "@/components/safety/source-list";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { everyLocaleParams } from "@/lib/campaign/locale-params";
import { metadataFor } from "@/lib/campaign/page-metadata";
import { ADVICE, SIGN_GROUPS, SIGNS_CAUTION_SOURCES } from "@/lib/safety/signs";

// Built ahead in every language, re-rendered at most hourly, so that a shared cache in front keeps
// a copy for an hour, not a year (decision 034).
export const revalidate = 3600;
export const generateStaticParams = everyLocaleParams;

export const generateMetadata = metadataFor("learnTheSigns");

const linkClass = "font-medium text-heart-800 underline";

export default async function LearnTheSignsPage({
  params,
}: PageProps<"/[locale]/learn-the-signs">) {
  const t = await getTranslations({ locale: await enterLocale(params), namespace: "LearnSigns" });
  // "If someone is in immediate danger… Emergency numbers and help lines", twice on the page.
  const helpLink = (text: "dangerNote" | "reportText", link: "dangerLink" | "reportLink") => (
    <p className="font-semibold">
      {t(text)}{" "}
      <Link href="/get-help" className={linkClass}>
        {t(link)}
      </Link>
    </p>
  );

  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <Section id="caution" heading={t("cautionHeading")}>
        <p>{t("caution")}</p>
        <SourceList sources={SIGNS_CAUTION_SOURCES} />
        {helpLink("dangerNote", "dangerLink")}
      </Section>

      {SIGN_GROUPS.map((group) => (
        <Section key={group.id} id={`signs-${group.id}`} heading={t(`groups.${group.id}.title`)}>
          <div data-sign-group={group.id} className="space-y-4">
            <p>{t(`groups.${group.id}.intro`)}</p>
            {group.parts.map((part, index) => (
              <div key={part.id} className="space-y-2">
                {index === 0 ? null : (
                  <p className="font-semibold">
                    {t(`parts.${part.id as "afp" | "police" | "suspicious"}`)}
                  </p>
                )}
                <ul className="list-disc space-y-1 ps-6">
                  {part.items.map((item) => (
                    <li key={item}>{t(`items.${item}`)}</li>
                  ))}
                </ul>
                <SourceList sources={part.sources} />
              </div>
            ))}
          </div>
        </Section>
      ))}

      <Section id="advice" heading={t("adviceHeading")}>
        {(["do", "dont"] as const).map((kind) => (
          <div key={kind} className="space-y-2" data-advice={kind}>
            <h3 className="text-xl font-semibold text-heart-900">
              {t(kind === "do" ? "doHeading" : "dontHeading")}
            </h3>
            <ul className="list-disc space-y-3 ps-6">
              {ADVICE.filter((entry) => entry.kind === kind).map((entry) => (
                <li key={entry.id} className="space-y-1">
                  <p>{t(`advice.${entry.id}`)}</p>
                  <SourceList sources={entry.sources} />
                </li>
              ))}
            </ul>
          </div>
        ))}
        {helpLink("reportText", "reportLink")}
      </Section>
    </InfoPage>
  );
}
