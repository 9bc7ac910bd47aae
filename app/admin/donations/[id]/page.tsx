import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
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
import { getDonationDetail } from "@/lib/admin/get-donation-detail";
import { requireRole } from "@/lib/auth/require-role";
import { formatMoney } from "@/lib/donations/currencies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.donations" });
  return { title: t("title") };
}

export default async function DonationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRole("ADMIN", `/admin/donations/${encodeURIComponent(id)}`);
  const detail = await getDonationDetail(id);
  if (!detail) notFound();
  const { donation, history } = detail;
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const money = (amount: number, currency: string) => formatMoney(amount, currency, "en");

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/donations" className="font-medium text-heart-800 underline">
          {t("donations.backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-heart-900">
        {t("donations.detailTitle", { amount: money(donation.amount, donation.currency) })}
      </h1>
      <FlashNotice />
      <section
        className="rounded-lg border border-heart-200 bg-white p-4"
        aria-labelledby="donation-details"
      >
        <h2 id="donation-details" className="mb-3 text-lg font-semibold">
          {t("pledgeDetail.details")}
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("donations.date")}</dt>
          <dd>{formatDateTime(donation.createdAt)}</dd>
          <dt className="font-medium">{t("donations.status")}</dt>
          <dd>
            {t(`donationStatus.${donation.status}`)}
            {donation.disputed ? ` · ${t("donations.disputed")}` : ""}
          </dd>
          <dt className="font-medium">{t("donations.frequency")}</dt>
          <dd>{t(`donations.${donation.frequency}`)}</dd>
          {donation.endedAt ? (
            <>
              <dt className="font-medium">{t("donations.ended")}</dt>
              <dd>{formatDateTime(donation.endedAt)}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t("donations.donor")}</dt>
          <dd>{donation.publicName ?? t("donations.anonymous")}</dd>
          {donation.inHonourOf ? (
            <>
              <dt className="font-medium">{t("donations.inHonourOf")}</dt>
              <dd>{donation.inHonourOf}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t("donations.message")}</dt>
          <dd>
            {t(`messageStatus.${donation.messageStatus}`)}
            {donation.message ? (
              <blockquote className="mt-1 border-heart-200 border-s-4 ps-3 break-words whitespace-pre-line">
                {donation.message}
              </blockquote>
            ) : null}
          </dd>
        </dl>
        {donation.messageStatus !== "NONE" ? (
          <div className="mt-4 flex flex-wrap gap-2">
            {(["approve", "reject"] as const)
              .filter((decision) =>
                decision === "approve"
                  ? donation.messageStatus !== "APPROVED"
                  : donation.messageStatus !== "REJECTED",
              )
              .map((decision) => (
                <form key={decision} action={moderateDonationFromForm}>
                  <input type="hidden" name="id" value={donation.id} />
                  <input type="hidden" name="decision" value={decision} />
                  <input type="hidden" name="returnTo" value={`/admin/donations/${donation.id}`} />
                  <button
                    type="submit"
                    className="rounded-md border border-heart-800 px-3 py-1.5 font-medium text-heart-900"
                  >
                    {t(`donations.${decision}`)}
                  </button>
                </form>
              ))}
          </div>
        ) : null}
      </section>

      {donation.payments.length === 0 ? (
        <p className="text-ink-muted">{t("donations.noPayments")}</p>
      ) : (
        <TableScroll labelledBy="payments-caption">
          <table className={tableClass}>
            <caption id="payments-caption" className={captionClass}>
              {t("donations.paymentsCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  {t("donations.paidAt")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.amount")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.settlement")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.fee")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.net")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.refunds")}
                </th>
                <th scope="col" className={thClass}>
                  {t("donations.dispute")}
                </th>
              </tr>
            </thead>
            <tbody>
              {donation.payments.map((payment) => (
                <tr key={payment.id}>
                  <th scope="row" className={`${tdClass} font-normal whitespace-nowrap`}>
                    {formatDateTime(payment.paidAt)}
                  </th>
                  <td className={tdClass}>{money(payment.amount, payment.currency)}</td>
                  <td className={tdClass}>
                    {money(payment.settlementAmount, payment.settlementCurrency)}
                  </td>
                  <td className={tdClass}>
                    {money(payment.settlementFee, payment.settlementCurrency)}
                  </td>
                  <td className={tdClass}>
                    {money(payment.settlementNet, payment.settlementCurrency)}
                  </td>
                  <td className={tdClass}>
                    {payment.refunds.length === 0
                      ? t("common.none")
                      : payment.refunds.map((refund) => (
                          <span key={refund.id} className="block">
                            {money(refund.amount, refund.currency)} ({refund.status})
                          </span>
                        ))}
                  </td>
                  <td className={tdClass}>
                    {payment.disputed
                      ? (payment.disputeStatus ?? t("donations.disputed"))
                      : t("common.none")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {history.length > 0 ? (
        <AuditTable
          captionId="donation-history"
          caption={t("donations.historyCaption")}
          entries={history}
        />
      ) : null}
    </div>
  );
}
