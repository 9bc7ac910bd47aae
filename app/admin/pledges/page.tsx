import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CursorPagination } from "@/components/admin/cursor-pagination";
import { FlashNotice } from "@/components/admin/flash-notice";
import { moderatePledge, moderatePledgesFromForm } from "@/components/admin/pledge-actions";
import { PledgeFiltersForm } from "@/components/admin/pledge-filters-form";
import { ReviewQueue } from "@/components/admin/review-queue";
import {
  captionClass,
  TableScroll,
  tableClass,
  tdClass,
  thClass,
} from "@/components/admin/table-scroll";
import { formatDateTime } from "@/lib/admin/format-admin";
import { listPledges } from "@/lib/admin/list-pledges";
import { listReviewQueue } from "@/lib/admin/list-review-queue";
import { parsePledgeFilters, pledgeFiltersQuery } from "@/lib/admin/pledge-filters";
import { requireRole } from "@/lib/auth/require-role";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.pledges" });
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PledgesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filters = parsePledgeFilters(params);
  const user = await requireRole("REVIEWER", `/admin/pledges${pledgeFiltersQuery(filters)}`);
  const t = await getTranslations({ locale: "en", namespace: "Admin" });

  const [queue, page] = await Promise.all([listReviewQueue(), listPledges(filters)]);
  const returnTo = `/admin/pledges${pledgeFiltersQuery(filters, { cursor: filters.cursor })}`;

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-heart-900">{t("pledges.title")}</h1>
      <FlashNotice />

      <ReviewQueue
        action={moderatePledge}
        total={queue.total}
        items={queue.rows.map((row) => ({
          id: row.id,
          displayName: row.displayName,
          email: row.email,
          country: row.country,
          message: row.message ?? "",
          createdAt: formatDateTime(row.createdAt),
        }))}
        labels={{
          title: t("pledges.queueTitle"),
          empty: t("pledges.queueEmpty"),
          approve: t("pledges.approve"),
          reject: t("pledges.reject"),
          markSpam: t("pledges.markSpam"),
          view: t("common.view"),
        }}
      />

      <section aria-labelledby="list-title" className="space-y-4">
        <h2 id="list-title" className="text-xl font-semibold text-heart-900">
          {t("pledges.listTitle")}
        </h2>
        <PledgeFiltersForm filters={filters} />
        {user.role === "ADMIN" ? (
          <p>
            <a
              href={`/api/admin/exports/pledges${pledgeFiltersQuery(filters)}`}
              className="font-medium text-heart-800 underline"
            >
              {t("pledges.exportFiltered")}
            </a>
          </p>
        ) : null}

        <form
          id="bulk-form"
          action={moderatePledgesFromForm}
          className="flex flex-wrap items-end gap-2"
        >
          <input type="hidden" name="returnTo" value={returnTo} />
          <div>
            <label htmlFor="bulk-decision" className="block text-sm font-medium">
              {t("pledges.bulkLabel")}
            </label>
            <select
              id="bulk-decision"
              name="decision"
              className="rounded-md border border-ink-muted bg-white px-3 py-2"
            >
              <option value="approve">{t("pledges.approve")}</option>
              <option value="reject">{t("pledges.reject")}</option>
              <option value="spam">{t("pledges.markSpam")}</option>
              <option value="not_spam">{t("pledges.markNotSpam")}</option>
            </select>
          </div>
          <button
            type="submit"
            className="rounded-md border border-heart-800 px-4 py-2 font-medium text-heart-900"
          >
            {t("pledges.bulkApply")}
          </button>
        </form>

        <TableScroll labelledBy="pledges-caption">
          <table className={tableClass}>
            <caption id="pledges-caption" className={captionClass}>
              {t("pledges.listCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  <span className="sr-only">{t("pledges.selectAll")}</span>
                </th>
                <th scope="col" className={thClass}>
                  {t("pledges.name")}
                </th>
                <th scope="col" className={thClass}>
                  {t("pledges.email")}
                </th>
                <th scope="col" className={thClass}>
                  {t("pledges.country")}
                </th>
                <th scope="col" className={thClass}>
                  {t("pledges.date")}
                </th>
                <th scope="col" className={thClass}>
                  {t("pledges.status")}
                </th>
                <th scope="col" className={thClass}>
                  {t("pledges.message")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.length === 0 ? (
                <tr>
                  <td colSpan={7} className={tdClass}>
                    {t("common.noResults")}
                  </td>
                </tr>
              ) : (
                page.rows.map((row) => (
                  <tr key={row.id}>
                    <td className={tdClass}>
                      <input
                        type="checkbox"
                        name="ids"
                        value={row.id}
                        form="bulk-form"
                        aria-label={t("pledges.select", { name: row.displayName })}
                        className="size-5"
                      />
                    </td>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      <Link href={`/admin/pledges/${row.id}`} className="text-heart-800 underline">
                        {row.displayName}
                      </Link>
                    </th>
                    <td className={`${tdClass} break-all`}>{row.email}</td>
                    <td className={tdClass}>{row.country}</td>
                    <td className={`${tdClass} whitespace-nowrap`}>
                      {formatDateTime(row.createdAt)}
                    </td>
                    <td className={tdClass}>{t(`pledgeStatus.${row.status}`)}</td>
                    <td className={tdClass}>
                      {t(`messageStatus.${row.messageStatus}`)}
                      {row.message ? (
                        <span className="block max-w-xs truncate text-ink-muted">
                          {row.message}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableScroll>

        <CursorPagination
          newestHref={filters.cursor ? `/admin/pledges${pledgeFiltersQuery(filters)}` : null}
          olderHref={
            page.nextCursor
              ? `/admin/pledges${pledgeFiltersQuery(filters, { cursor: page.nextCursor })}`
              : null
          }
        />
      </section>
    </div>
  );
}
