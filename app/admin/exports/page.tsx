import { getTranslations } from "next-intl/server";
import { AdminSection } from "@/components/admin/admin-section";
import { PledgeFiltersForm } from "@/components/admin/pledge-filters-form";
import { buttonClass } from "@/components/ui/button";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { parsePledgeFilters } from "@/lib/admin/pledge-filters";
import { requireRole } from "@/lib/auth/require-role";
import type { SearchParams } from "@/lib/lists/list-query";

export const generateMetadata = adminPageTitle("exports");

export default async function ExportsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireRole("ADMIN", "/admin/exports");
  const t = await getTranslations({ locale: "en", namespace: "Admin.exports" });
  const filters = parsePledgeFilters(await searchParams);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-bold text-heart-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      <AdminSection id="export-pledges" heading={t("pledges")}>
        <p className="text-ink-muted">{t("pledgesHint")}</p>
        <PledgeFiltersForm
          filters={filters}
          action="/api/admin/exports/pledges"
          submitLabel={t("download")}
        />
      </AdminSection>
      <AdminSection id="export-donations" heading={t("donations")}>
        <p className="text-ink-muted">{t("donationsHint")}</p>
        <a
          href="/api/admin/exports/donations"
          className={buttonClass("primary", "md", "inline-block")}
        >
          {t("download")}
        </a>
      </AdminSection>
    </div>
  );
}
