import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { CursorPagination } from "@/components/admin/cursor-pagination";
import { DayRangeFields, FiltersForm, filterSelects } from "@/components/admin/filters-form";
import { Field } from "@/components/ui/field";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { listAuditEntries, parseAuditFilters } from "@/lib/admin/list-audit-entries";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { requireRole } from "@/lib/auth/require-role";
import { keysetLinks, listQuery, type SearchParams } from "@/lib/lists/list-query";

export const generateMetadata = adminPageTitle("audit");

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseAuditFilters(await searchParams);
  await requireRole("ADMIN", `/admin/audit${listQuery(filters)}`);
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const page = await listAuditEntries(filters);
  const select = filterSelects("audit", filters, t("audit.anyAction"));
  const actions = AUDIT_ACTIONS.map((action) => [action, action] as const);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-heart-900">{t("audit.title")}</h1>
      <FiltersForm
        action="/admin/audit"
        legendId="audit-filters"
        clearHref="/admin/audit"
        gridClassName="@lg:grid-cols-2 @4xl:grid-cols-5"
      >
        {select("action", t("audit.action"), actions)}
        <Field
          id="audit-actor"
          label={t("audit.actor")}
          input={{ name: "actor", type: "email", defaultValue: filters.actor }}
          compact
        />
        <Field
          id="audit-subject"
          label={t("audit.subject")}
          input={{ name: "subject", defaultValue: filters.subject }}
          compact
        />
        <DayRangeFields idPrefix="audit" from={filters.from} to={filters.to} />
      </FiltersForm>

      <AuditTable
        captionId="audit-caption"
        caption={t("audit.caption")}
        entries={page.rows}
        showSubject
      />
      <CursorPagination {...keysetLinks("/admin/audit", filters, page.nextCursor)} />
    </div>
  );
}
