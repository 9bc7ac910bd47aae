import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminSection } from "@/components/admin/admin-section";
import { AuditTable } from "@/components/admin/audit-table";
import { DetailHeader } from "@/components/admin/detail-header";
import { Detail, DetailList } from "@/components/admin/detail-list";
import { FlashNotice } from "@/components/admin/flash-notice";
import { erasePledgeFromForm, moderatePledgesFromForm } from "@/components/admin/pledge-actions";
import { QuotedMessage } from "@/components/admin/review-item-summary";
import { Button } from "@/components/ui/button";
import { FormButton } from "@/components/ui/form-button";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { formatDateTime } from "@/lib/admin/format-admin";
import { getPledgeDetail } from "@/lib/admin/get-pledge-detail";
import { requireRole } from "@/lib/auth/require-role";
import { countryName } from "@/lib/countries/list-countries";

export const generateMetadata = adminPageTitle("pledges");

interface Props {
  params: Promise<{ id: string }>;
}

export default async function PledgeDetailPage({ params }: Props) {
  const { id } = await params;
  const user = await requireRole("REVIEWER", `/admin/pledges/${encodeURIComponent(id)}`);
  const { pledge, history } = (await getPledgeDetail(id)) ?? notFound();
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const returnTo = `/admin/pledges/${pledge.id}`;

  const decisions = [
    ...(pledge.messageStatus !== "NONE"
      ? [
          {
            decision: "approve",
            label: t("pledges.approve"),
            show: pledge.messageStatus !== "APPROVED",
          },
          {
            decision: "reject",
            label: t("pledges.reject"),
            show: pledge.messageStatus !== "REJECTED",
          },
        ]
      : []),
    pledge.status === "ACTIVE"
      ? { decision: "spam", label: t("pledges.markSpam"), show: true }
      : { decision: "not_spam", label: t("pledges.markNotSpam"), show: true },
  ].filter((item) => item.show);

  return (
    <div className="space-y-6">
      <DetailHeader
        backHref="/admin/pledges"
        backLabel={t("pledgeDetail.back")}
        title={t("pledgeDetail.title", { name: pledge.displayName })}
      />
      <FlashNotice />

      <AdminSection id="details-title" heading={t("pledgeDetail.details")} look="card">
        <DetailList>
          <Detail term={t("pledges.email")} className="break-all">
            {pledge.email}
          </Detail>
          <Detail term={t("pledges.country")}>
            {countryName(pledge.country, "en")} ({pledge.country})
          </Detail>
          <Detail term={t("pledges.date")}>{formatDateTime(pledge.createdAt)}</Detail>
          <Detail term={t("pledgeDetail.consentAt")}>{formatDateTime(pledge.consentAt)}</Detail>
          <Detail term={t("pledgeDetail.consentNotice")}>{pledge.consentNoticeVersion}</Detail>
          <Detail term={t("pledgeDetail.locale")}>{pledge.locale}</Detail>
          <Detail term={t("pledgeDetail.showOnWall")}>
            {pledge.showOnWall ? t("pledgeDetail.yes") : t("pledgeDetail.no")}
          </Detail>
          <Detail term={t("pledges.status")}>{t(`pledgeStatus.${pledge.status}`)}</Detail>
          <Detail term={t("pledges.message")}>
            {t(`messageStatus.${pledge.messageStatus}`)}
            <QuotedMessage className="mt-1">{pledge.message}</QuotedMessage>
          </Detail>
        </DetailList>
        <div className="mt-4 flex flex-wrap gap-2">
          {decisions.map((item) => (
            <FormButton
              key={item.decision}
              action={moderatePledgesFromForm}
              fields={{ ids: pledge.id, decision: item.decision, returnTo }}
              variant="secondary"
              size="sm"
            >
              {item.label}
            </FormButton>
          ))}
        </div>
      </AdminSection>

      {user.role === "ADMIN" ? (
        <AdminSection id="erase-title" heading={t("pledgeDetail.eraseHeading")} look="danger">
          <p className="max-w-prose">{t("pledgeDetail.eraseText")}</p>
          <form action={erasePledgeFromForm} className="mt-3 space-y-3">
            <input type="hidden" name="id" value={pledge.id} />
            <label className="flex items-start gap-2">
              <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-4" />
              <span>{t("pledgeDetail.eraseConfirm")}</span>
            </label>
            <Button variant="destructive" size="sm">
              {t("pledgeDetail.eraseButton")}
            </Button>
          </form>
        </AdminSection>
      ) : null}

      <section aria-labelledby="history-caption">
        {history.length === 0 ? (
          <>
            <h2 id="history-caption" className="text-lg font-semibold">
              {t("pledgeDetail.history")}
            </h2>
            <p className="text-ink-muted">{t("pledgeDetail.noHistory")}</p>
          </>
        ) : (
          <AuditTable
            captionId="history-caption"
            caption={t("pledgeDetail.historyCaption")}
            entries={history}
          />
        )}
      </section>
    </div>
  );
}
