import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { CursorPagination } from "@/components/admin/cursor-pagination";
import {
  auditFiltersQuery,
  listAuditEntries,
  parseAuditFilters,
} from "@/lib/admin/list-audit-entries";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { requireRole } from "@/lib/auth/require-role";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.audit" });
  return { title: t("title") };
}

const field = "block w-full rounded-md border border-ink-muted bg-white px-3 py-2";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseAuditFilters(await searchParams);
  await requireRole("ADMIN", `/admin/audit${auditFiltersQuery(filters)}`);
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const page = await listAuditEntries(filters);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-heart-900">{t("audit.title")}</h1>
      <form method="get" action="/admin/audit" aria-labelledby="audit-filters">
        <fieldset className="rounded-lg border border-heart-200 bg-white p-4">
          <legend id="audit-filters" className="px-1 font-semibold">
            {t("common.filters")}
          </legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            <div>
              <label htmlFor="audit-action" className="block text-sm font-medium">
                {t("audit.action")}
              </label>
              <select
                id="audit-action"
                name="action"
                defaultValue={filters.action ?? ""}
                className={field}
              >
                <option value="">{t("audit.anyAction")}</option>
                {AUDIT_ACTIONS.map((action) => (
                  <option key={action} value={action}>
                    {action}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="audit-actor" className="block text-sm font-medium">
                {t("audit.actor")}
              </label>
              <input
                id="audit-actor"
                name="actor"
                type="email"
                defaultValue={filters.actor}
                className={field}
              />
            </div>
            <div>
              <label htmlFor="audit-subject" className="block text-sm font-medium">
                {t("audit.subject")}
              </label>
              <input
                id="audit-subject"
                name="subject"
                defaultValue={filters.subject}
                className={field}
              />
            </div>
            <div>
              <label htmlFor="audit-from" className="block text-sm font-medium">
                {t("pledges.from")}
              </label>
              <input
                id="audit-from"
                name="from"
                type="date"
                defaultValue={filters.from}
                className={field}
              />
            </div>
            <div>
              <label htmlFor="audit-to" className="block text-sm font-medium">
                {t("pledges.to")}
              </label>
              <input
                id="audit-to"
                name="to"
                type="date"
                defaultValue={filters.to}
                className={field}
              />
            </div>
          </div>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="submit"
              className="rounded-md bg-heart-800 px-4 py-2 font-medium text-white"
            >
              {t("common.apply")}
            </button>
            <a href="/admin/audit" className="px-2 py-2 font-medium text-heart-800 underline">
              {t("common.clear")}
            </a>
          </div>
        </fieldset>
      </form>

      <AuditTable
        captionId="audit-caption"
        caption={t("audit.caption")}
        entries={page.rows}
        showSubject
      />
      <CursorPagination
        newestHref={
          filters.cursor
            ? `/admin/audit${auditFiltersQuery({ ...filters, cursor: undefined })}`
            : null
        }
        olderHref={
          page.nextCursor
            ? `/admin/audit${auditFiltersQuery({ ...filters, cursor: undefined }, page.nextCursor)}`
            : null
        }
      />
    </div>
  );
}
