import "server-only";
import { getTranslations } from "next-intl/server";
import { DonorList } from "@/components/supporters/donor-list";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/countries/list-countries";
import { listPublicDonors } from "@/lib/donations/list-public-donors";
import { listWallSupporters } from "@/lib/pledges/list-wall-supporters";
import { supportersHref } from "./supporters-href";

const linkClass = "font-medium text-heart-800 underline";

type SupportersPageContentProps = {
  locale: AppLocale;
  /** Where the pledge list starts; undefined: the newest. */
  cursor?: string | undefined;
  /** Where the donor list starts; undefined: the newest. */
  donorsCursor?: string | undefined;
};

/**
 * The wall of approved pledges and the list of named donors. The newest of both, the same for
 * everyone, is /supporters (cached, decision 034); older pages are /supporters/older, per request.
 */
export async function SupportersPageContent({
  locale,
  cursor,
  donorsCursor,
}: SupportersPageContentProps) {
  const t = await getTranslations({ locale, namespace: "Supporters" });
  const [page, donors] = await Promise.all([
    listWallSupporters({ cursor }),
    listPublicDonors({ cursor: donorsCursor }),
  ]);
  // The pledge list's links keep the donor list where it is, and the other way round.
  const wallHref = (pledges: string | undefined) =>
    supportersHref({ pledges, donors: donorsCursor });

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
