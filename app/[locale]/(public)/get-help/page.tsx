import { headers } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { InfoPage } from "@/components/safety/info-page";
import { SourceList } from "@/components/safety/source-list";
import { Section } from "@/components/ui/section";
import { getPathname, Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { metadataFor } from "@/lib/campaign/page-metadata";
import { countryName } from "@/lib/countries/list-countries";
import { env } from "@/lib/env";
import {
  countryDirectory,
  emergencyNumbersFor,
  helpLinesByCountry,
  type ShownHelpLine,
  shownHelpLines,
  telHref,
  visitorCountry,
} from "@/lib/safety/help-line-list";
import type { HelpLineContact, HelpLineSource } from "@/lib/safety/help-line-schema";
import {
  type BuiltInHelpLineId,
  FALLBACK_DIRECTORIES,
  HELP_LINES_CHECKED,
} from "@/lib/safety/help-lines";

export const generateMetadata = metadataFor("getHelp");

const linkClass = "text-heart-800 underline";

/**
 * A number, address or link as written, isolated left to right: in an Arabic sentence, "+44 800
 * 0121 700" would otherwise be laid out right to left group by group ("700 0121 800 44+"), a wrong
 * number for someone who needs it.
 */
function ContactValue({ contact }: { contact: HelpLineContact }) {
  switch (contact.kind) {
    case "phone":
    case "phoneFromAbroad":
    case "policeNonEmergency":
    case "textphone":
      return (
        <a
          href={telHref(contact.value)}
          dir="ltr"
          className={`${linkClass} font-semibold whitespace-nowrap`}
        >
          {contact.value}
        </a>
      );
    case "email":
      return (
        <a
          href={`mailto:${contact.value}`}
          dir="ltr"
          className={`${linkClass} [overflow-wrap:anywhere]`}
        >
          {contact.value}
        </a>
      );
    case "web":
      return (
        <a
          href={contact.value}
          rel="noreferrer"
          dir="ltr"
          className={`${linkClass} [overflow-wrap:anywhere]`}
        >
          {new URL(contact.value).hostname.replace(/^www\./, "")}
        </a>
      );
    default:
      // Text and WhatsApp: the number as written (no link that would guess a country code).
      return (
        <span dir="ltr" className="font-semibold">
          {contact.value}
        </span>
      );
  }
}

/** A list of organisations to turn to: what it is, a link to it, and where we read about it. */
function Directory({
  text,
  link,
  url,
  sources,
}: {
  text: string;
  link: string;
  url: string;
  sources: readonly HelpLineSource[];
}) {
  return (
    <div className="space-y-1">
      <p>{text}</p>
      <p>
        <a href={url} rel="noreferrer" className={linkClass}>
          {link}
        </a>
      </p>
      <SourceList sources={sources} />
    </div>
  );
}

// Rendered per request: it reads `?country=`, else the region in Accept-Language (so the answer
// varies by that header: next.config.ts says so), and the operator's lines (HELP_LINES_FILE).
export default async function GetHelpPage({
  params,
  searchParams,
}: PageProps<"/[locale]/get-help">) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "GetHelp" });
  const notes = await getTranslations({ locale, namespace: "HelpLines" });
  const format = await getFormatter({ locale });
  const visitor = visitorCountry(
    (await searchParams).country,
    (await headers()).get("accept-language"),
  );
  const country = visitor?.code;
  const name = (code: string) => countryName(code, locale);
  const groups = helpLinesByCountry(
    shownHelpLines(env.HELP_LINES_FILE),
    name,
    new Intl.Collator(locale),
    country,
  );
  const checkedDate = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const noteOf = (line: ShownHelpLine) =>
    line.builtIn ? notes(`notes.${line.id as BuiltInHelpLineId}`) : line.note;
  const countryListed = groups.some((group) => group.country === country);
  const directory = countryDirectory(country);
  // The countries with a line, France (its directory), and the visitor's own, so it stays chosen.
  const choices = [...groups.map((group) => group.country), "FR", ...(country ? [country] : [])]
    .filter((code, index, all) => all.indexOf(code) === index)
    .sort((a, b) => new Intl.Collator(locale).compare(name(a), name(b)));

  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <Section id="danger" heading={t("dangerHeading")}>
        <p className="font-semibold">{t("dangerText")}</p>
        <ul className="space-y-4">
          {emergencyNumbersFor(country).map((entry) => (
            <li
              key={entry.id}
              data-emergency={entry.id}
              className="flex flex-col gap-1 sm:flex-row sm:gap-4"
            >
              <a
                href={telHref(entry.number)}
                dir="ltr"
                className="shrink-0 text-2xl font-bold text-heart-900 underline"
              >
                {entry.number}
              </a>
              <div className="space-y-1">
                <p>{t(`emergency.${entry.id}`)}</p>
                <SourceList sources={entry.sources} />
              </div>
            </li>
          ))}
        </ul>
        <p>{t("dangerOther")}</p>
      </Section>

      <Section id="lines" heading={t("linesHeading")}>
        <p>{t("linesIntro", { date: checkedDate(HELP_LINES_CHECKED) })}</p>
        {visitor === undefined ? null : (
          <p data-testid="shown-first" data-from={visitor.from} className="font-semibold">
            {visitor.from === "choice"
              ? t("shownFirstChosen", { country: name(visitor.code) })
              : t("shownFirstLanguage", { country: name(visitor.code) })}
          </p>
        )}
        <form
          method="get"
          action={getPathname({ locale, href: "/get-help" })}
          className="flex flex-wrap items-end gap-3"
        >
          {/* max-w-full: a select is as wide as its longest option, and in Russian that made the
              page wider than a 320 px screen (it scrolled sideways). */}
          <div className="flex max-w-full min-w-0 flex-col gap-1">
            <label htmlFor="help-country" className="font-semibold">
              {t("chooseLabel")}
            </label>
            <select
              id="help-country"
              name="country"
              defaultValue={country ?? ""}
              className="max-w-full rounded-md border border-ink-muted bg-white px-3 py-2"
            >
              <option value="">{t("choosePlaceholder")}</option>
              {choices.map((code) => (
                <option key={code} value={code}>
                  {name(code)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded-md bg-heart-800 px-4 py-2 font-semibold text-white hover:bg-heart-900"
          >
            {t("chooseButton")}
          </button>
        </form>
        {country !== undefined && !countryListed ? (
          <div data-testid="no-line-for-country" className="space-y-2">
            <p className="font-semibold">{t("noLineForCountry", { country: name(country) })}</p>
            {directory === undefined ? null : (
              <Directory
                text={t("frMiprof")}
                link={t("frMiprofLink")}
                url={directory.url}
                sources={directory.sources}
              />
            )}
          </div>
        ) : null}
        <div className="space-y-8">
          {groups.map((group) => (
            <section
              key={group.country}
              aria-labelledby={`country-${group.country}`}
              data-country={group.country}
              className="space-y-3"
            >
              <h3 id={`country-${group.country}`} className="text-xl font-semibold text-heart-900">
                {name(group.country)}
                {group.country === country ? (
                  <span className="ms-2 inline-block rounded-sm bg-heart-100 px-2 py-0.5 text-base font-medium">
                    {visitor?.from === "language" ? t("languageCountry") : t("yourCountry")}
                  </span>
                ) : null}
              </h3>
              <ul className="space-y-4">
                {group.lines.map((line) => (
                  <li
                    key={line.id}
                    data-help-line={line.id}
                    className="space-y-2 rounded-lg border border-heart-100 p-4"
                  >
                    <h4 className="font-semibold">{line.name}</h4>
                    <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[auto_1fr] sm:gap-y-1">
                      {line.contacts.map((contact) => (
                        <div key={`${contact.kind}-${contact.value}`} className="contents">
                          <dt className="text-ink-muted">{t(`contact.${contact.kind}`)}</dt>
                          <dd className="mb-1 min-w-0 sm:mb-0">
                            <ContactValue contact={contact} />
                          </dd>
                        </div>
                      ))}
                    </dl>
                    {noteOf(line) === undefined ? null : <p>{noteOf(line)}</p>}
                    <SourceList sources={line.sources} />
                    <p className="text-sm text-ink-muted">
                      {t("checked", { date: checkedDate(line.checked) })}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </Section>

      <Section id="directories" heading={t("fallbackHeading")}>
        {FALLBACK_DIRECTORIES.map((entry) => (
          <div key={entry.id} data-directory={entry.id}>
            <Directory
              text={t("globalDirectory", { ...entry.figures, year: String(entry.figures.year) })}
              link={t("globalDirectoryLink")}
              url={entry.url}
              sources={entry.sources}
            />
          </div>
        ))}
      </Section>

      <div className="max-w-[68ch] space-y-2 text-lg">
        {[
          { href: "/staying-safe-online", before: t("safetyNote"), link: t("safetyLink") },
          { href: "/learn-the-signs", before: null, link: t("signsLink") },
        ].map((item) => (
          <p key={item.href}>
            {item.before === null ? null : <>{item.before} </>}
            <Link href={item.href} className={linkClass}>
              {item.link}
            </Link>
          </p>
        ))}
      </div>
    </InfoPage>
  );
}
