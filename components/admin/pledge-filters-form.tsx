import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/field";
import type { PledgeFilters } from "@/lib/admin/pledge-filters";
import { listCountries } from "@/lib/countries/list-countries";
import { type MessageStatus, PledgeStatus } from "@/lib/generated/prisma/enums";
import { DayRangeFields, FiltersForm, filterSelects } from "./filters-form";

/** The pledge list's filters, also the export screen's (with its own action and button). */
export async function PledgeFiltersForm({
  filters,
  action = "/admin/pledges",
  submitLabel,
}: {
  filters: PledgeFilters;
  action?: string;
  submitLabel?: string;
}) {
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const select = filterSelects("filter", filters, t("common.any"));
  const statuses = Object.values(PledgeStatus).map(
    (code) => [code, t(`pledgeStatus.${code}`)] as const,
  );
  const messages = MESSAGE_ORDER.map((code) => [code, t(`messageStatus.${code}`)] as const);
  const countries = listCountries("en").map(({ code, name }) => [code, name] as const);
  return (
    <FiltersForm
      action={action}
      legendId="filters-title"
      clearHref={action.startsWith("/admin") ? action : "/admin/exports"}
      submitLabel={submitLabel}
      gridClassName="@lg:grid-cols-2 @3xl:grid-cols-4 @6xl:grid-cols-7"
    >
      <Field
        id="filter-q"
        label={t("pledges.search")}
        input={{ name: "q", type: "search", defaultValue: filters.q }}
        compact
        className="@lg:col-span-2"
      />
      {select("status", t("pledges.status"), statuses)}
      {select("message", t("pledges.message"), messages)}
      {select("country", t("pledges.country"), countries)}
      <DayRangeFields idPrefix="filter" from={filters.from} to={filters.to} />
    </FiltersForm>
  );
}

// Awaiting review first: what reviewers filter for most.
const MESSAGE_ORDER = [
  "PENDING",
  "APPROVED",
  "REJECTED",
  "NONE",
] as const satisfies readonly MessageStatus[];
