import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PledgesPerDayChart } from "@/components/admin/pledges-per-day-chart";
import {
  captionClass,
  TableScroll,
  tableClass,
  tdClass,
  thClass,
} from "@/components/admin/table-scroll";
import { formatCount, formatDate } from "@/lib/admin/format-admin";
import { getDashboardStats } from "@/lib/admin/get-dashboard-stats";
import { requireRole } from "@/lib/auth/require-role";
import { countryName } from "@/lib/countries/list-countries";
import { formatMoney } from "@/lib/donations/currencies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.dashboard" });
  return { title: t("title") };
}

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
          <Link href={href} className="text-sm font-medium text-heart-800 underline">
            {linkLabel}
          </Link>
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

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-heart-900">{t("title")}</h1>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={t("pledges")} value={formatCount(stats.pledges)} />
        <Figure
          label={t("awaitingReview")}
          value={formatCount(stats.awaitingReview)}
          href="/admin/pledges"
          linkLabel={t("reviewLink")}
        />
        <Figure label={t("spam")} value={formatCount(stats.spam)} />
        <Figure label={t("donors")} value={formatCount(stats.donors)} />
      </dl>

      <section aria-labelledby="per-day-heading" className="space-y-3">
        <h2 id="per-day-heading" className="text-xl font-semibold">
          {t("perDayTitle")}
        </h2>
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
          <TableScroll labelledBy="per-day-caption">
            <table className={tableClass}>
              <caption id="per-day-caption" className={captionClass}>
                {t("perDayCaption", { days: days.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>
                    {t("day")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("count")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {days.map((point) => (
                  <tr key={point.day}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      {point.label}
                    </th>
                    <td className={tdClass}>{formatCount(point.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <TableScroll labelledBy="countries-caption">
          <table className={tableClass}>
            <caption id="countries-caption" className={captionClass}>
              {t("topCountriesCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  {t("country")}
                </th>
                <th scope="col" className={thClass}>
                  {t("count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.topCountries.length === 0 ? (
                <tr>
                  <td colSpan={2} className={tdClass}>
                    {t("noPledges")}
                  </td>
                </tr>
              ) : (
                stats.topCountries.map((row) => (
                  <tr key={row.country}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      {countryName(row.country, "en")}
                    </th>
                    <td className={tdClass}>{formatCount(row.count)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableScroll>

        {user.role === "ADMIN" ? (
          <section aria-labelledby="money-heading" className="space-y-4">
            <h2 id="money-heading" className="text-xl font-semibold">
              {t("moneyTitle")}
            </h2>
            {stats.byCurrency.length === 0 ? (
              <p className="text-ink-muted">{t("noDonations")}</p>
            ) : (
              <>
                <TableScroll labelledBy="money-caption">
                  <table className={tableClass}>
                    <caption id="money-caption" className={captionClass}>
                      {t("moneyCaption")}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" className={thClass}>
                          {t("currency")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("gross")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("refunded")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("net")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {stats.byCurrency.map((row) => (
                        <tr key={row.currency}>
                          <th scope="row" className={`${tdClass} font-normal`}>
                            {row.currency}
                          </th>
                          <td className={tdClass}>{money(row.gross, row.currency)}</td>
                          <td className={tdClass}>{money(row.refunded, row.currency)}</td>
                          <td className={tdClass}>
                            {money(row.gross - row.refunded, row.currency)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
                <TableScroll labelledBy="settlement-caption">
                  <table className={tableClass}>
                    <caption id="settlement-caption" className={captionClass}>
                      {t("settlementCaption")}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" className={thClass}>
                          {t("currency")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("gross")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("fees")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("refunded")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("net")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {stats.settlement.map((row) => (
                        <tr key={row.currency}>
                          <th scope="row" className={`${tdClass} font-normal`}>
                            {row.currency}
                          </th>
                          <td className={tdClass}>{money(row.gross, row.currency)}</td>
                          <td className={tdClass}>{money(row.fees, row.currency)}</td>
                          <td className={tdClass}>{money(row.refunded, row.currency)}</td>
                          <td className={tdClass}>{money(row.net - row.refunded, row.currency)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </>
            )}
          </section>
        ) : null}
      </div>
    </div>
  );
}
