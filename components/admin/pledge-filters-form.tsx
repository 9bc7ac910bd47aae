import { getTranslations } from "next-intl/server";
import type { PledgeFilters } from "@/lib/admin/pledge-filters";
import { listCountries } from "@/lib/countries/list-countries";

const field = "block w-full rounded-md border border-ink-muted bg-white px-3 py-2";

/** A plain GET form: filters live in the URL, so they work without JavaScript and can be shared. */
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
  return (
    <form method="get" action={action} aria-labelledby="filters-title">
      <fieldset className="rounded-lg border border-heart-200 bg-white p-4">
        <legend id="filters-title" className="px-1 font-semibold">
          {t("common.filters")}
        </legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
          <div className="lg:col-span-2">
            <label htmlFor="filter-q" className="block text-sm font-medium">
              {t("pledges.search")}
            </label>
            <input
              id="filter-q"
              name="q"
              type="search"
              defaultValue={filters.q}
              className={field}
            />
          </div>
          <div>
            <label htmlFor="filter-status" className="block text-sm font-medium">
              {t("pledges.status")}
            </label>
            <select
              id="filter-status"
              name="status"
              defaultValue={filters.status ?? ""}
              className={field}
            >
              <option value="">{t("common.any")}</option>
              <option value="ACTIVE">{t("pledgeStatus.ACTIVE")}</option>
              <option value="SPAM">{t("pledgeStatus.SPAM")}</option>
            </select>
          </div>
          <div>
            <label htmlFor="filter-message" className="block text-sm font-medium">
              {t("pledges.message")}
            </label>
            <select
              id="filter-message"
              name="message"
              defaultValue={filters.message ?? ""}
              className={field}
            >
              <option value="">{t("common.any")}</option>
              {(["PENDING", "APPROVED", "REJECTED", "NONE"] as const).map((status) => (
                <option key={status} value={status}>
                  {t(`messageStatus.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-country" className="block text-sm font-medium">
              {t("pledges.country")}
            </label>
            <select
              id="filter-country"
              name="country"
              defaultValue={filters.country ?? ""}
              className={field}
            >
              <option value="">{t("common.any")}</option>
              {listCountries("en").map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          </div>
          <div className="grid grid-cols-2 gap-2 lg:col-span-1">
            <div>
              <label htmlFor="filter-from" className="block text-sm font-medium">
                {t("pledges.from")}
              </label>
              <input
                id="filter-from"
                name="from"
                type="date"
                defaultValue={filters.from}
                className={field}
              />
            </div>
            <div>
              <label htmlFor="filter-to" className="block text-sm font-medium">
                {t("pledges.to")}
              </label>
              <input
                id="filter-to"
                name="to"
                type="date"
                defaultValue={filters.to}
                className={field}
              />
            </div>
          </div>
        </div>
        <div className="mt-3 flex flex-wrap gap-3">
          <button
            type="submit"
            className="rounded-md bg-heart-800 px-4 py-2 font-medium text-white"
          >
            {submitLabel ?? t("common.apply")}
          </button>
          <a
            href={action.startsWith("/admin") ? action : "/admin/exports"}
            className="px-2 py-2 font-medium text-heart-800 underline"
          >
            {t("common.clear")}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
