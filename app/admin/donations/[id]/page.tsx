import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminSection } from "@/components/admin/admin-section";
import { AuditTable } from "@/components/admin/audit-table";
import { DetailHeader } from "@/components/admin/detail-header";
import { Detail, DetailList } from "@/components/admin/detail-list";
import { moderateDonationFromForm } from "@/components/admin/donation-actions";
import { FlashNotice } from "@/components/admin/flash-notice";
import { QuotedMessage } from "@/components/admin/review-item-summary";
import { TestLabel } from "@/components/admin/test-label";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { FormButton } from "@/components/ui/form-button";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { formatDateTime } from "@/lib/admin/format-admin";
import { getDonationDetail } from "@/lib/admin/get-donation-detail";
import { requireRole } from "@/lib/auth/require-role";
import { monthlyGiftState } from "@/lib/donations/monthly-gift-state";
import { formatMoney } from "@/lib/money/format-money";

export const generateMetadata = adminPageTitle("donations");

const PAYMENT_COLUMNS = [
  "paidAt",
  "amount",
  "settlement",
  "fee",
  "net",
  "refunds",
  "dispute",
] as const;

export default async function DonationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRole("ADMIN", `/admin/donations/${encodeURIComponent(id)}`);
  const { donation, history } = (await getDonationDetail(id)) ?? notFound();
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const money = (amount: number, currency: string) => formatMoney(amount, currency, "en");
  const settlement = (amount: number | null, currency: string | null) =>
    amount === null || currency === null
      ? t("donations.settlementPending")
      : money(amount, currency);

  const monthlyText = () => {
    const state = monthlyGiftState(donation);
    switch (state.key) {
      case "subscriptionEnding":
        return t("donations.subscriptionEnding", { date: formatDateTime(state.endsAt) });
      case "subscriptionPaused":
        return t("donations.subscriptionPaused", { date: formatDateTime(state.pausedAt) });
      case "subscriptionOther":
        return t("donations.subscriptionOther", { status: state.status });
      default:
        return t(`donations.${state.key}`);
    }
  };

  return (
    <div className="space-y-6">
      <DetailHeader
        backHref="/admin/donations"
        backLabel={t("donations.backToList")}
        title={t("donations.detailTitle", { amount: money(donation.amount, donation.currency) })}
      />
      <FlashNotice />
      <AdminSection id="donation-details" heading={t("pledgeDetail.details")} look="card">
        <DetailList>
          <Detail term={t("donations.date")}>{formatDateTime(donation.createdAt)}</Detail>
          <Detail term={t("donations.status")}>
            {t(`donationStatus.${donation.status}`)}
            {donation.disputed ? ` · ${t("donations.disputed")}` : ""}
            {donation.livemode === true ? null : <TestLabel />}
          </Detail>
          <Detail term={t("donations.frequency")}>{t(`donations.${donation.frequency}`)}</Detail>
          {donation.endedAt ? (
            <Detail term={t("donations.ended")}>{formatDateTime(donation.endedAt)}</Detail>
          ) : null}
          {donation.coversFees ? (
            <Detail term={t("donations.coveredFee")}>
              <span data-testid="covered-fee">
                {t("donations.coveredFeeText", {
                  fee: money(donation.coveredFee, donation.currency),
                  gift: money(donation.amount - donation.coveredFee, donation.currency),
                })}
              </span>
            </Detail>
          ) : null}
          {donation.frequency === "MONTHLY" && donation.subscriptionStatus !== null ? (
            <Detail term={t("donations.monthlyNow")}>
              <span data-testid="monthly-state">{monthlyText()}</span>
              {donation.currentAmount !== null && donation.currentAmount !== donation.amount ? (
                <span className="block">
                  {t("donations.amountNow")}: {money(donation.currentAmount, donation.currency)}
                </span>
              ) : null}
            </Detail>
          ) : null}
          <Detail term={t("donations.donor")}>
            {donation.publicName ?? t("donations.anonymous")}
          </Detail>
          {donation.inHonourOf ? (
            <Detail term={t("donations.inHonourOf")}>{donation.inHonourOf}</Detail>
          ) : null}
          <Detail term={t("donations.message")}>
            {t(`messageStatus.${donation.messageStatus}`)}
            <QuotedMessage className="mt-1">{donation.message}</QuotedMessage>
          </Detail>
        </DetailList>
        {donation.messageStatus !== "NONE" ? (
          <div className="mt-4 flex flex-wrap gap-2">
            {(["approve", "reject"] as const)
              .filter((decision) =>
                decision === "approve"
                  ? donation.messageStatus !== "APPROVED"
                  : donation.messageStatus !== "REJECTED",
              )
              .map((decision) => (
                <FormButton
                  key={decision}
                  action={moderateDonationFromForm}
                  fields={{
                    id: donation.id,
                    decision,
                    returnTo: `/admin/donations/${donation.id}`,
                  }}
                  variant="secondary"
                  size="sm"
                >
                  {t(`donations.${decision}`)}
                </FormButton>
              ))}
          </div>
        ) : null}
      </AdminSection>

      {donation.payments.length === 0 ? (
        <p className="text-ink-muted">{t("donations.noPayments")}</p>
      ) : (
        <DataTable
          id="payments-caption"
          caption={t("donations.paymentsCaption")}
          columns={PAYMENT_COLUMNS.map((key) => t(`donations.${key}`))}
          rows={donation.payments}
        >
          {(payment) => (
            <>
              <RowHeader className="font-normal whitespace-nowrap">
                {formatDateTime(payment.paidAt)}
              </RowHeader>
              <Cell>{money(payment.amount, payment.currency)}</Cell>
              {/* Null until Stripe makes the balance transaction (decision 023). */}
              <Cell>{settlement(payment.settlementAmount, payment.settlementCurrency)}</Cell>
              <Cell>{settlement(payment.settlementFee, payment.settlementCurrency)}</Cell>
              <Cell>{settlement(payment.settlementNet, payment.settlementCurrency)}</Cell>
              <Cell>
                {payment.refunds.length === 0
                  ? t("common.none")
                  : payment.refunds.map((refund) => (
                      <span key={refund.id} className="block">
                        {money(refund.amount, refund.currency)} ({refund.status})
                      </span>
                    ))}
              </Cell>
              <Cell>
                {payment.disputed
                  ? (payment.disputeStatus ?? t("donations.disputed"))
                  : t("common.none")}
              </Cell>
            </>
          )}
        </DataTable>
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
