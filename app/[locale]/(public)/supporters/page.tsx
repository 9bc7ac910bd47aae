import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { languageAlternates } from "@/lib/campaign/page-metadata";
import { countryName } from "@/lib/countries/list-countries";
import { listWallSupporters, parseWallCursor } from "@/lib/pledges/list-wall-supporters";

type Props = PageProps<"/[locale]/supporters">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Supporters" });
  const { cursor } = await searchParams;
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: languageAlternates(locale, "/supporters"),
    // Older pages shift all the time; only the newest is worth indexing.
    ...(cursor === undefined ? {} : { robots: { index: false } }),
  };
}

const linkClass = "font-medium text-heart-800 underline";

export default async function SupportersPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Supporters" });
  const cursor = parseWallCursor((await searchParams).cursor);
  const page = await listWallSupporters({ cursor });

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Container className="space-y-8 py-12">
        <p className="max-w-[60ch] text-base text-ink-muted">{t("moderationNote")}</p>
        {page.supporters.length === 0 ? (
          <p className="text-lg">
            {t("empty")}{" "}
            <Link href="/pledge" className={linkClass}>
              {t("signLink")}
            </Link>
          </p>
        ) : (
          <ol aria-label={t("listLabel")} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {page.supporters.map((supporter) => (
              <li
                key={supporter.id}
                data-supporter-id={supporter.id}
                className="rounded-lg border border-heart-100 bg-white p-5 shadow-sm"
              >
                {/* bdi: a name in another script must not reorder the text around it. */}
                <p className="text-lg font-semibold text-heart-900">
                  <bdi>{supporter.displayName}</bdi>
                </p>
                <p className="text-base text-ink-muted">{countryName(supporter.country, locale)}</p>
                {supporter.message === null ? null : (
                  <blockquote className="mt-3 border-s-4 border-heart-200 ps-3 text-base/relaxed whitespace-pre-line">
                    <bdi>{supporter.message}</bdi>
                  </blockquote>
                )}
              </li>
            ))}
          </ol>
        )}
        {cursor !== undefined || page.nextCursor !== null ? (
          <nav aria-label={t("paginationLabel")} className="flex flex-wrap gap-6 text-lg">
            {cursor === undefined ? null : (
              <Link href="/supporters" className={linkClass}>
                {t("newestLink")}
              </Link>
            )}
            {page.nextCursor === null ? null : (
              <Link
                href={{ pathname: "/supporters", query: { cursor: page.nextCursor } }}
                className={linkClass}
              >
                {t("olderLink")}
              </Link>
            )}
          </nav>
        ) : null}
      </Container>
    </>
  );
}
