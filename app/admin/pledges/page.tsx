import { getTranslations } from "next-intl/server";
import { AdminSection } from "@/components/admin/admin-section";
import { CursorPagination } from "@/components/admin/cursor-pagination";
import { PageTitle } from "@/components/admin/page-title";
import { moderatePledge, moderatePledgesFromForm } from "@/components/admin/pledge-actions";
import { PledgeFiltersForm } from "@/components/admin/pledge-filters-form";
import { ReviewQueue } from "@/components/admin/review-queue";
import { Button } from "@/components/ui/button";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { formatDateTime } from "@/lib/admin/format-admin";
import { listPledges } from "@/lib/admin/list-pledges";
import { listReviewQueue } from "@/lib/admin/list-review-queue";
import { parsePledgeFilters, pledgeFiltersQuery } from "@/lib/admin/pledge-filters";
import { requireRole } from "@/lib/auth/require-role";
import { keysetLinks, type SearchParams } from "@/lib/lists/list-query";

export const generateMetadata = adminPageTitle("pledges");

const COLUMNS = ["name", "email", "country", "date", "status", "message"] as const;

export default async function PledgesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const filters = parsePledgeFilters(params);
  const user = await requireRole("REVIEWER", `/admin/pledges${pledgeFiltersQuery(filters)}`);
  const t = await getTranslations({ locale: "en", namespace: "Admin" });

  const [queue, page] = await Promise.all([listReviewQueue(), listPledges(filters)]);
  const returnTo = `/admin/pledges${pledgeFiltersQuery(filters, { cursor: filters.cursor })}`;

  return (
    <div className="space-y-8">
      <PageTitle title={t("pledges.title")} />

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
          spam: t("pledges.markSpam"),
          view: t("common.view"),
        }}
      />

      <AdminSection id="list-title" heading={t("pledges.listTitle")}>
        <PledgeFiltersForm filters={filters} />
        {user.role === "ADMIN" ? (
          <p>
            <TextLink native href={`/api/admin/exports/pledges${pledgeFiltersQuery(filters)}`}>
              {t("pledges.exportFiltered")}
            </TextLink>
          </p>
        ) : null}

        <form
          id="bulk-form"
          action={moderatePledgesFromForm}
          className="flex flex-wrap items-end gap-2"
        >
          <input type="hidden" name="returnTo" value={returnTo} />
          <Field id="bulk-decision" label={t("pledges.bulkLabel")} compact>
            {(control) => (
              <select {...control} name="decision">
                <option value="approve">{t("pledges.approve")}</option>
                <option value="reject">{t("pledges.reject")}</option>
                <option value="spam">{t("pledges.markSpam")}</option>
                <option value="not_spam">{t("pledges.markNotSpam")}</option>
              </select>
            )}
          </Field>
          <Button variant="secondary">{t("pledges.bulkApply")}</Button>
        </form>

        <DataTable
          id="pledges-caption"
          caption={t("pledges.listCaption")}
          columns={[
            <span key="select" className="sr-only">
              {t("pledges.selectAll")}
            </span>,
            ...COLUMNS.map((key) => t(`pledges.${key}`)),
          ]}
          rows={page.rows}
          empty={t("common.noResults")}
        >
          {(row) => (
            <>
              <Cell>
                <input
                  type="checkbox"
                  name="ids"
                  value={row.id}
                  form="bulk-form"
                  aria-label={t("pledges.select", { name: row.displayName })}
                  className="size-5"
                />
              </Cell>
              <RowHeader className="font-medium">
                <TextLink plain href={`/admin/pledges/${row.id}`}>
                  {row.displayName}
                </TextLink>
              </RowHeader>
              <Cell className="break-all">{row.email}</Cell>
              <Cell>{row.country}</Cell>
              <Cell className="whitespace-nowrap">{formatDateTime(row.createdAt)}</Cell>
              <Cell>{t(`pledgeStatus.${row.status}`)}</Cell>
              <Cell>
                {t(`messageStatus.${row.messageStatus}`)}
                {row.message ? (
                  <span className="block max-w-xs truncate text-ink-muted">{row.message}</span>
                ) : null}
              </Cell>
            </>
          )}
        </DataTable>

        <CursorPagination {...keysetLinks("/admin/pledges", filters, page.nextCursor)} />
      </AdminSection>
    </div>
  );
}
