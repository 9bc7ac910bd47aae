import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DonorList } from "@/components/supporters/donor-list";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { languageAlternates } from "@/lib/campaign/page-metadata";
import { countryName } from "@/lib/countries/list-countries";
import { listPublicDonors, parsePublicDonorsCursor } from "@/lib/donations/list-public-donors";
import { listWallSupporters, parseWallCursor } from "@/lib/pledges/list-wall-supporters";

type Props = PageProps<"/[locale]/supporters">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Supporters" });
  const { cursor, donors } = await searchParams;
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: languageAlternates(locale, "/supporters"),
    // Older pages shift all the time; only the newest is worth indexing.
    ...(cursor === undefined && donors === undefined ? {} : { robots: { index: false } }),
  };
}

const linkClass = "font-medium text-heart-800 underline";

export default async function SupportersPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "Supporters" });
  const query = await searchParams;
  const cursor = parseWallCursor(query.cursor);
  const donorsCursor = parsePublicDonorsCursor(query.donors);
  const [page, donors] = await Promise.all([
    listWallSupporters({ cursor }),
    listPublicDonors({ cursor: donorsCursor }),
  ]);
  // The pledge list's links keep the donor list where it is, and the other way round.
  const wallHref = (pledges: string | undefined) => ({
    pathname: "/supporters",
    query: {
      ...(pledges === undefined ? {} : { cursor: pledges }),
      ...(donorsCursor === undefined ? {} : { donors: donorsCursor }),
    },
  });

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Container className="space-y-12 py-12">
        <section aria-labelledby="pledges-heading" className="space-y-6">
          <h2 id="pledges-heading" className="text-2xl font-semibold text-heart-900">
            {t("pledgesHeading")}
          </h2>
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
                  <p className="text-base text-ink-muted">
                    {countryName(supporter.country, locale)}
                  </p>
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
                <Link href={wallHref(undefined)} className={linkClass}>
                  {t("newestLink")}
                </Link>
              )}
              {page.nextCursor === null ? null : (
                <Link href={wallHref(page.nextCursor)} className={linkClass}>
                  {t("olderLink")}
                </Link>
              )}
            </nav>
          ) : null}
        </section>
        <DonorList locale={locale} page={donors} cursor={donorsCursor} pledgeCursor={cursor} />
      </Container>
    </>
  );
}
