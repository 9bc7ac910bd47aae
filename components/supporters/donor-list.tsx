import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { PublicDonorPage } from "@/lib/donations/list-public-donors";
import { supportersHref } from "./supporters-href";

const linkClass = "font-medium text-heart-800 underline";

/**
 * The supporter wall's donors: name and message, never an amount (lib/donations/list-public-donors.ts
 * decides who). Pages with its own `?donors=` cursor, keeping the pledge list's `?cursor=` as it is,
 * so each list can be walked without the other jumping back to its newest page. Plain links: it
 * works without JavaScript.
 */
export async function DonorList({
  locale,
  page,
  cursor,
  pledgeCursor,
}: {
  locale: AppLocale;
  page: PublicDonorPage;
  /** The donors cursor this page was read from; undefined on the newest page. */
  cursor: string | undefined;
  /** The pledge list's cursor, carried through the donor links. */
  pledgeCursor: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: "Supporters" });
  const href = (donors: string | undefined) => supportersHref({ pledges: pledgeCursor, donors });

  return (
    <section aria-labelledby="donors-heading" className="space-y-6" data-testid="donor-list">
      <h2 id="donors-heading" className="text-2xl font-semibold text-heart-900">
        {t("donorsHeading")}
      </h2>
      <p className="max-w-[60ch] text-base text-ink-muted">{t("donorsNote")}</p>
      {page.donors.length === 0 ? (
        <p className="text-lg">
          {t("donorsEmpty")}{" "}
          <Link href="/donate" className={linkClass}>
            {t("donateLink")}
          </Link>
        </p>
      ) : (
        <ol aria-label={t("donorsListLabel")} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {page.donors.map((donor) => (
            <li
              key={donor.id}
              data-donor-id={donor.id}
              className="min-w-0 rounded-lg border border-heart-100 bg-white p-5 shadow-sm"
            >
              {/* bdi: a name in another script must not reorder the text around it. */}
              <p className="text-lg font-semibold wrap-break-word text-heart-900">
                <bdi>{donor.name}</bdi>
              </p>
              {donor.message === null ? null : (
                <blockquote className="mt-3 border-s-4 border-heart-200 ps-3 text-base/relaxed wrap-break-word whitespace-pre-line">
                  <bdi>{donor.message}</bdi>
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
      {cursor !== undefined || page.nextCursor !== null ? (
        <nav aria-label={t("donorsPaginationLabel")} className="flex flex-wrap gap-6 text-lg">
          {cursor === undefined ? null : (
            <Link href={href(undefined)} className={linkClass}>
              {t("newestDonorsLink")}
            </Link>
          )}
          {page.nextCursor === null ? null : (
            <Link href={href(page.nextCursor)} className={linkClass}>
              {t("olderDonorsLink")}
            </Link>
          )}
        </nav>
      ) : null}
    </section>
  );
}
