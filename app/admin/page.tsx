import { getTranslations } from "next-intl/server";
import { AdminSection } from "@/components/admin/admin-section";
import { PledgesPerDayChart } from "@/components/admin/pledges-per-day-chart";
import { TestLabel } from "@/components/admin/test-label";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { formatCount, formatDate } from "@/lib/admin/format-admin";
import { getDashboardStats } from "@/lib/admin/get-dashboard-stats";
import { requireRole } from "@/lib/auth/require-role";
import { countryName } from "@/lib/countries/list-countries";
import { formatMoney } from "@/lib/money/format-money";

export const generateMetadata = adminPageTitle("dashboard");

function Figure({
  label,
  value,
  href,
  linkLabel,
}: {
  label: string;
  value: string;
  href?: string;
  linkLabel?: string;
}) {
  return (
    <div className="rounded-lg border border-heart-200 bg-white p-4">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="text-3xl font-bold text-heart-900">{value}</dd>
      {href && linkLabel ? (
        <dd>
          <TextLink href={href} className="text-sm">
            {linkLabel}
          </TextLink>
        </dd>
      ) : null}
    </div>
  );
}

export default async function AdminDashboardPage() {
  const user = await requireRole("REVIEWER", "/admin");
  const t = await getTranslations({ locale: "en", namespace: "Admin.dashboard" });
  const stats = await getDashboardStats();
  const days = stats.perDay.map((point) => ({
    ...point,
    label: formatDate(new Date(`${point.day}T00:00:00Z`)),
  }));
  const from = days[0]?.label ?? "";
  const to = days.at(-1)?.label ?? "";
  const money = (amount: number, currency: string) => formatMoney(amount, currency, "en");
  const hasTestMoney = stats.test.donors !== 0 || stats.test.byCurrency.length > 0;

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-heart-900">{t("title")}</h1>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Figure label={t("pledges")} value={formatCount(stats.pledges)} />
        <Figure
          label={t("unconfirmed")}
          value={formatCount(stats.unconfirmed)}
          href="/admin/pledges?status=UNCONFIRMED"
          linkLabel={t("unconfirmedLink")}
        />
        <Figure
          label={t("awaitingReview")}
          value={formatCount(stats.awaitingReview)}
          href="/admin/pledges"
          linkLabel={t("reviewLink")}
        />
        <Figure label={t("spam")} value={formatCount(stats.spam)} />
        <Figure label={t("donors")} value={formatCount(stats.donors)} />
      </dl>

      <AdminSection id="per-day-heading" heading={t("perDayTitle")}>
        <div className="rounded-lg border border-heart-200 bg-white p-4">
          <PledgesPerDayChart
            data={days}
            label={t("perDayCaption", { days: days.length })}
            description={t("perDayChartLabel", { from, to })}
          />
        </div>
        <details className="rounded-lg border border-heart-200 bg-white">
          <summary className="cursor-pointer px-4 py-2 font-medium">
            {t("perDayCaption", { days: days.length })}
          </summary>
          <DataTable
            id="per-day-caption"
            caption={t("perDayCaption", { days: days.length })}
            columns={[t("day"), t("count")]}
            rows={days}
          >
            {(point) => (
              <>
                <RowHeader>{point.label}</RowHeader>
                <Cell>{formatCount(point.count)}</Cell>
              </>
            )}
          </DataTable>
        </details>
      </AdminSection>

      <div className="grid gap-6 lg:grid-cols-2">
        <DataTable
          id="countries-caption"
          caption={t("topCountriesCaption")}
          columns={[t("country"), t("count")]}
          rows={stats.topCountries}
          empty={t("noPledges")}
        >
          {(row) => (
            <>
              <RowHeader>{countryName(row.country, "en")}</RowHeader>
              <Cell>{formatCount(row.count)}</Cell>
            </>
          )}
        </DataTable>

        {user.role === "ADMIN" ? (
          <AdminSection id="money-heading" heading={t("moneyTitle")}>
            {stats.byCurrency.length === 0 ? (
              <p className="text-ink-muted">{t("noDonations")}</p>
            ) : (
              <>
                <DataTable
                  id="money-caption"
                  caption={t("moneyCaption")}
                  columns={[t("currency"), t("gross"), t("refunded"), t("net")]}
                  rows={stats.byCurrency}
                >
                  {(row) => (
                    <>
                      <RowHeader>{row.currency}</RowHeader>
                      <Cell>{money(row.gross, row.currency)}</Cell>
                      <Cell>{money(row.refunded, row.currency)}</Cell>
                      <Cell>{money(row.gross - row.refunded, row.currency)}</Cell>
                    </>
                  )}
                </DataTable>
                <DataTable
                  id="settlement-caption"
                  caption={t("settlementCaption")}
                  columns={[t("currency"), t("gross"), t("fees"), t("refunded"), t("net")]}
                  rows={stats.settlement}
                >
                  {(row) => (
                    <>
                      <RowHeader>{row.currency}</RowHeader>
                      <Cell>{money(row.gross, row.currency)}</Cell>
                      <Cell>{money(row.fees, row.currency)}</Cell>
                      <Cell>{money(row.refunded, row.currency)}</Cell>
                      <Cell>{money(row.net - row.refunded, row.currency)}</Cell>
                    </>
                  )}
                </DataTable>
              </>
            )}
          </AdminSection>
        ) : null}
      </div>

      {user.role === "ADMIN" && hasTestMoney ? (
        <AdminSection id="test-money-heading" heading={t("testMoneyTitle")}>
          <p className="text-ink-muted" data-testid="test-money-note">
            {t("testMoneyNote", { donors: formatCount(stats.test.donors) })}
          </p>
          <div className="grid gap-6 lg:grid-cols-2">
            <DataTable
              id="test-money-caption"
              caption={t("testMoneyCaption")}
              columns={[t("currency"), t("gross"), t("refunded"), t("net")]}
              rows={stats.test.byCurrency}
            >
              {(row) => (
                <>
                  <RowHeader>
                    {row.currency} <TestLabel />
                  </RowHeader>
                  <Cell>{money(row.gross, row.currency)}</Cell>
                  <Cell>{money(row.refunded, row.currency)}</Cell>
                  <Cell>{money(row.gross - row.refunded, row.currency)}</Cell>
                </>
              )}
            </DataTable>
            <DataTable
              id="test-settlement-caption"
              caption={t("testSettlementCaption")}
              columns={[t("currency"), t("gross"), t("fees"), t("refunded"), t("net")]}
              rows={stats.test.settlement}
            >
              {(row) => (
                <>
                  <RowHeader>
                    {row.currency} <TestLabel />
                  </RowHeader>
                  <Cell>{money(row.gross, row.currency)}</Cell>
                  <Cell>{money(row.fees, row.currency)}</Cell>
                  <Cell>{money(row.refunded, row.currency)}</Cell>
                  <Cell>{money(row.net - row.refunded, row.currency)}</Cell>
                </>
              )}
            </DataTable>
          </div>
        </AdminSection>
      ) : null}
    </div>
  );
}
