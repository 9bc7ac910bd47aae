import { useFormatter, useTranslations } from "next-intl";
import type { HelpLineSource } from "@/lib/safety/help-line-schema";

/** "2019-05-29", "2019-05" or "2019" in the reader's language. */
function useSourceDate() {
  const format = useFormatter();
  return (dated: string) => {
    const [year, month, day] = dated.split("-");
    const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
    if (day !== undefined) return format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
    if (month !== undefined) {
      return format.dateTime(date, { year: "numeric", month: "long", timeZone: "UTC" });
    }
    return year ?? dated;
  };
}

/** The sources of an entry, each linked by its site's name, with the date it states. */
export function SourceList({ sources }: { sources: readonly HelpLineSource[] }) {
  const t = useTranslations("Sources");
  const format = useFormatter();
  const formatDate = useSourceDate();
  // Each source by its site's name; by name and path when one site is cited twice.
  const hosts = sources.map((source) => new URL(source.url).hostname.replace(/^www\./, ""));
  const label = (index: number) => {
    const host = hosts[index] ?? "";
    if (hosts.indexOf(host) === hosts.lastIndexOf(host)) return host;
    return `${host}${new URL(sources[index]?.url ?? "").pathname.replace(/\/$/, "")}`;
  };
  const items = sources.map((source, index) => {
    const when =
      source.dated === "undated"
        ? t("undated")
        : source.dateFromUrl
          ? t("datedInUrl", { date: formatDate(source.dated) })
          : t("dated", { date: formatDate(source.dated) });
    return (
      <span key={source.url}>
        <a
          href={source.url}
          rel="noreferrer"
          className="text-heart-800 underline [overflow-wrap:anywhere]"
        >
          {label(index)}
        </a>{" "}
        ({when})
      </span>
    );
  });
  return (
    <p className="text-sm text-ink-muted" data-sources="">
      {sources.length === 1 ? t("source") : t("sources")}{" "}
      {/* Joined the language's way: "a, b and c", "a、b和c", "a وb وc" (CLDR, through Intl). */}
      {format.list(items, { type: "conjunction" })}
    </p>
  );
}
