import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PledgeFiltersForm } from "@/components/admin/pledge-filters-form";
import { parsePledgeFilters } from "@/lib/admin/pledge-filters";
import { requireRole } from "@/lib/auth/require-role";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.exports" });
  return { title: t("title") };
}

export default async function ExportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("ADMIN", "/admin/exports");
  const t = await getTranslations({ locale: "en", namespace: "Admin.exports" });
  const filters = parsePledgeFilters(await searchParams);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-bold text-heart-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="export-pledges" className="space-y-3">
        <h2 id="export-pledges" className="text-xl font-semibold">
          {t("pledges")}
        </h2>
        <p className="text-ink-muted">{t("pledgesHint")}</p>
        <PledgeFiltersForm
          filters={filters}
          action="/api/admin/exports/pledges"
          submitLabel={t("download")}
        />
      </section>
      <section aria-labelledby="export-donations" className="space-y-3">
        <h2 id="export-donations" className="text-xl font-semibold">
          {t("donations")}
        </h2>
        <p className="text-ink-muted">{t("donationsHint")}</p>
        <a
          href="/api/admin/exports/donations"
          className="inline-block rounded-md bg-heart-800 px-4 py-2 font-medium text-white"
        >
          {t("download")}
        </a>
      </section>
    </div>
  );
}
