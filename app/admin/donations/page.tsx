import { getTranslations } from "next-intl/server";
import { AdminSection } from "@/components/admin/admin-section";
import { CursorPagination } from "@/components/admin/cursor-pagination";
import { moderateDonationFromForm } from "@/components/admin/donation-actions";
import { filterSelects } from "@/components/admin/filters-form";
import { PageTitle } from "@/components/admin/page-title";
import { ReviewItemSummary } from "@/components/admin/review-item-summary";
import { TestLabel } from "@/components/admin/test-label";
import { Button } from "@/components/ui/button";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { FormButton } from "@/components/ui/form-button";
import { TextLink } from "@/components/ui/text-link";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { formatDateTime } from "@/lib/admin/format-admin";
import {
  listDonationReviewQueue,
  listDonations,
  parseDonationFilters,
} from "@/lib/admin/list-donations";
import { requireRole } from "@/lib/auth/require-role";
import { DonationFrequency } from "@/lib/generated/prisma/enums";
import { keysetLinks, type SearchParams } from "@/lib/lists/list-query";
import { formatMoney } from "@/lib/money/format-money";

export const generateMetadata = adminPageTitle("donations");

const COLUMNS = [
  "date",
  "donor",
  "amount",
  "frequency",
  "status",
  "refunded",
  "settlement",
  "message",
] as const;
// Paid first: what staff look for most; the ended unpaid ones last (hidden unless asked for).
const STATUS_ORDER = ["PAID", "PENDING", "PROCESSING", "EXPIRED", "FAILED", "CANCELLED"] as const;

export default async function DonationsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const filters = parseDonationFilters(params);
  await requireRole("ADMIN", "/admin/donations");
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const [queue, page] = await Promise.all([listDonationReviewQueue(), listDonations(filters)]);
  const money = (amount: number, currency: string) => formatMoney(amount, currency, "en");
  const select = filterSelects("donation", filters, t("common.any"));
  const statuses = STATUS_ORDER.map((code) => [code, t(`donationStatus.${code}`)] as const);
  const frequencies = Object.values(DonationFrequency).map(
    (code) => [code, t(`donations.${code}`)] as const,
  );
  const endedSelect = filterSelects("donation", filters, t("donations.endedHidden"));
  const modes = [
    ["live", t("donations.modeLive")],
    ["test", t("donations.modeTest")],
  ] as const;

  return (
    <div className="space-y-8">
      <PageTitle title={t("donations.title")} />

      <AdminSection
        id="donation-queue"
        heading={
          <>
            {t("donations.queueTitle")} ({queue.length})
          </>
        }
      >
        {queue.length === 0 ? (
          <p className="text-ink-muted">{t("donations.queueEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {queue.map((item) => (
              <li key={item.id} className="rounded-lg border border-heart-200 bg-white p-4">
                <ReviewItemSummary
                  id={`donation-${item.id}`}
                  name={item.publicName ?? t("donations.anonymous")}
                  details={`${money(item.amount, item.currency)} · ${formatDateTime(item.createdAt)}`}
                  message={item.message}
                />
                <div className="mt-3 flex flex-wrap gap-2">
                  {(["approve", "reject"] as const).map((decision) => (
                    <FormButton
                      key={decision}
                      action={moderateDonationFromForm}
                      fields={{ id: item.id, decision, returnTo: "/admin/donations" }}
                      variant="secondary"
                      size="sm"
                      aria-describedby={`donation-${item.id}`}
                    >
                      {t(`donations.${decision}`)}
                    </FormButton>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </AdminSection>

      <AdminSection id="donations-list" heading={t("donations.caption")}>
        <form method="get" action="/admin/donations" className="flex flex-wrap items-end gap-3">
          {select("status", t("donations.filterStatus"), statuses)}
          {select("frequency", t("donations.filterFrequency"), frequencies)}
          {endedSelect("ended", t("donations.filterEnded"), [["show", t("donations.endedShown")]])}
          {select("mode", t("donations.filterMode"), modes)}
          <Button>{t("common.apply")}</Button>
        </form>

        <DataTable
          id="donations-caption"
          caption={t("donations.caption")}
          columns={COLUMNS.map((key) => t(`donations.${key}`))}
          rows={page.rows}
          empty={t("donations.none")}
        >
          {(row) => (
            <>
              <RowHeader className="font-normal whitespace-nowrap">
                <TextLink plain href={`/admin/donations/${row.id}`}>
                  {formatDateTime(row.createdAt)}
                </TextLink>
              </RowHeader>
              <Cell>{row.publicName ?? t("donations.anonymous")}</Cell>
              <Cell>{money(row.amount, row.currency)}</Cell>
              <Cell>{t(`donations.${row.frequency}`)}</Cell>
              <Cell>
                {t(`donationStatus.${row.status}`)}
                {row.disputed ? ` · ${t("donations.disputed")}` : ""}
                {row.livemode ? null : <TestLabel />}
              </Cell>
              <Cell>{row.refunded > 0 ? money(row.refunded, row.currency) : t("common.none")}</Cell>
              <Cell>
                {row.settlementCurrency
                  ? money(row.settlementNet, row.settlementCurrency)
                  : t("common.none")}
              </Cell>
              <Cell>{t(`messageStatus.${row.messageStatus}`)}</Cell>
            </>
          )}
        </DataTable>
        <CursorPagination {...keysetLinks("/admin/donations", filters, page.nextCursor)} />
      </AdminSection>
    </div>
  );
}
