import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CursorPagination } from "@/components/admin/cursor-pagination";
import { moderateDonationFromForm } from "@/components/admin/donation-actions";
import { FlashNotice } from "@/components/admin/flash-notice";
import {
  captionClass,
  TableScroll,
  tableClass,
  tdClass,
  thClass,
} from "@/components/admin/table-scroll";
import { formatDateTime } from "@/lib/admin/format-admin";
import {
  listDonationReviewQueue,
  listDonations,
  parseDonationFilters,
} from "@/lib/admin/list-donations";
import { requireRole } from "@/lib/auth/require-role";
import { formatMoney } from "@/lib/donations/currencies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.donations" });
  return { title: t("title") };
}

const field = "block w-full rounded-md border border-ink-muted bg-white px-3 py-2";

export default async function DonationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const filters = parseDonationFilters(params);
  await requireRole("ADMIN", "/admin/donations");
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const [queue, page] = await Promise.all([listDonationReviewQueue(), listDonations(filters)]);
  const money = (amount: number, currency: string) => formatMoney(amount, currency, "en");
  const query = (cursor?: string) => {
    const search = new URLSearchParams();
    if (filters.status) search.set("status", filters.status);
    if (filters.frequency) search.set("frequency", filters.frequency);
    if (cursor) search.set("cursor", cursor);
    const text = search.toString();
    return text ? `?${text}` : "";
  };

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-heart-900">{t("donations.title")}</h1>
      <FlashNotice />

      <section aria-labelledby="donation-queue" className="space-y-3">
        <h2 id="donation-queue" className="text-xl font-semibold text-heart-900">
          {t("donations.queueTitle")} ({queue.length})
        </h2>
        {queue.length === 0 ? (
          <p className="text-ink-muted">{t("donations.queueEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {queue.map((item) => (
              <li key={item.id} className="rounded-lg border border-heart-200 bg-white p-4">
                <p id={`donation-${item.id}`} className="font-semibold">
                  {item.publicName ?? t("donations.anonymous")}{" "}
                  <span className="font-normal text-ink-muted">
                    · {money(item.amount, item.currency)} · {formatDateTime(item.createdAt)}
                  </span>
                </p>
                <blockquote className="mt-2 border-heart-200 border-s-4 ps-3 break-words whitespace-pre-line">
                  {item.message}
                </blockquote>
                <div className="mt-3 flex flex-wrap gap-2">
                  {(["approve", "reject"] as const).map((decision) => (
                    <form key={decision} action={moderateDonationFromForm}>
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="decision" value={decision} />
                      <input type="hidden" name="returnTo" value="/admin/donations" />
                      <button
                        type="submit"
                        aria-describedby={`donation-${item.id}`}
                        className="rounded-md border border-heart-800 px-3 py-1.5 font-medium text-heart-900"
                      >
                        {t(`donations.${decision}`)}
                      </button>
                    </form>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="donations-list" className="space-y-4">
        <h2 id="donations-list" className="text-xl font-semibold text-heart-900">
          {t("donations.caption")}
        </h2>
        <form method="get" action="/admin/donations" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="donation-status" className="block text-sm font-medium">
              {t("donations.filterStatus")}
            </label>
            <select
              id="donation-status"
              name="status"
              defaultValue={filters.status ?? ""}
              className={field}
            >
              <option value="">{t("common.any")}</option>
              {(["PAID", "PENDING", "PROCESSING", "FAILED", "EXPIRED"] as const).map((status) => (
                <option key={status} value={status}>
                  {t(`donationStatus.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="donation-frequency" className="block text-sm font-medium">
              {t("donations.filterFrequency")}
            </label>
            <select
              id="donation-frequency"
              name="frequency"
              defaultValue={filters.frequency ?? ""}
              className={field}
            >
              <option value="">{t("common.any")}</option>
              <option value="ONE_TIME">{t("donations.ONE_TIME")}</option>
              <option value="MONTHLY">{t("donations.MONTHLY")}</option>
            </select>
          </div>
          <button
            type="submit"
            className="rounded-md bg-heart-800 px-4 py-2 font-medium text-white"
          >
            {t("common.apply")}
          </button>
        </form>

        <TableScroll labelledBy="donations-caption">
          <table className={tableClass}>
            <caption id="donations-caption" className={captionClass}>
              {t("donations.caption")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  {t("donations.date")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.donor")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.amount")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.frequency")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.status")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.refunded")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.settlement")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.message")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.length === 0 ? (
                <tr>
                  <td colSpan={8} className={tdClass}>
                    {t("donations.none")}
                  </td>
                </tr>
              ) : (
                page.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className={`${tdClass} font-normal whitespace-nowrap`}>
                      <Link
                        href={`/admin/donations/${row.id}`}
                        className="text-heart-800 underline"
                      >
                        {formatDateTime(row.createdAt)}
                      </Link>
                    </th>
                    <td className={tdClass}>{row.publicName ?? t("donations.anonymous")}</td>
                    <td className={tdClass}>{money(row.amount, row.currency)}</td>
                    <td className={tdClass}>{t(`donations.${row.frequency}`)}</td>
                    <td className={tdClass}>
                      {t(`donationStatus.${row.status}`)}
                      {row.disputed ? ` · ${t("donations.disputed")}` : ""}
                    </td>
                    <td className={tdClass}>
                      {row.refunded > 0 ? money(row.refunded, row.currency) : t("common.none")}
                    </td>
                    <td className={tdClass}>
                      {row.settlementCurrency
                        ? money(row.settlementNet, row.settlementCurrency)
                        : t("common.none")}
                    </td>
                    <td className={tdClass}>{t(`messageStatus.${row.messageStatus}`)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableScroll>
        <CursorPagination
          newestHref={filters.cursor ? `/admin/donations${query()}` : null}
          olderHref={page.nextCursor ? `/admin/donations${query(page.nextCursor)}` : null}
        />
      </section>
    </div>
  );
}
