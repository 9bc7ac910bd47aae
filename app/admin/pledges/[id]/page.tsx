import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { FlashNotice } from "@/components/admin/flash-notice";
import { erasePledgeFromForm, moderatePledgesFromForm } from "@/components/admin/pledge-actions";
import { formatDateTime } from "@/lib/admin/format-admin";
import { getPledgeDetail } from "@/lib/admin/get-pledge-detail";
import { requireRole } from "@/lib/auth/require-role";
import { countryName } from "@/lib/countries/list-countries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.pledges" });
  return { title: t("title") };
}

interface Props {
  params: Promise<{ id: string }>;
}

export default async function PledgeDetailPage({ params }: Props) {
  const { id } = await params;
  const user = await requireRole("REVIEWER", `/admin/pledges/${encodeURIComponent(id)}`);
  const detail = await getPledgeDetail(id);
  if (!detail) notFound();
  const { pledge, history } = detail;
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
      <p>
        <Link href="/admin/pledges" className="font-medium text-heart-800 underline">
          {t("pledgeDetail.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold break-words text-heart-900">
        {t("pledgeDetail.title", { name: pledge.displayName })}
      </h1>
      <FlashNotice />

      <section
        aria-labelledby="details-title"
        className="rounded-lg border border-heart-200 bg-white p-4"
      >
        <h2 id="details-title" className="mb-3 text-lg font-semibold">
          {t("pledgeDetail.details")}
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("pledges.email")}</dt>
          <dd className="break-all">{pledge.email}</dd>
          <dt className="font-medium">{t("pledges.country")}</dt>
          <dd>
            {countryName(pledge.country, "en")} ({pledge.country})
          </dd>
          <dt className="font-medium">{t("pledges.date")}</dt>
          <dd>{formatDateTime(pledge.createdAt)}</dd>
          <dt className="font-medium">{t("pledgeDetail.consentAt")}</dt>
          <dd>{formatDateTime(pledge.consentAt)}</dd>
          <dt className="font-medium">{t("pledgeDetail.consentNotice")}</dt>
          <dd>{pledge.consentNoticeVersion}</dd>
          <dt className="font-medium">{t("pledgeDetail.locale")}</dt>
          <dd>{pledge.locale}</dd>
          <dt className="font-medium">{t("pledgeDetail.showOnWall")}</dt>
          <dd>{pledge.showOnWall ? t("pledgeDetail.yes") : t("pledgeDetail.no")}</dd>
          <dt className="font-medium">{t("pledges.status")}</dt>
          <dd>{t(`pledgeStatus.${pledge.status}`)}</dd>
          <dt className="font-medium">{t("pledges.message")}</dt>
          <dd>
            {t(`messageStatus.${pledge.messageStatus}`)}
            {pledge.message ? (
              <blockquote className="mt-1 border-heart-200 border-s-4 ps-3 break-words whitespace-pre-line">
                {pledge.message}
              </blockquote>
            ) : null}
          </dd>
        </dl>
        <div className="mt-4 flex flex-wrap gap-2">
          {decisions.map((item) => (
            <form key={item.decision} action={moderatePledgesFromForm}>
              <input type="hidden" name="ids" value={pledge.id} />
              <input type="hidden" name="decision" value={item.decision} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <button
                type="submit"
                className="rounded-md border border-heart-800 px-3 py-1.5 font-medium text-heart-900"
              >
                {item.label}
              </button>
            </form>
          ))}
        </div>
      </section>

      {user.role === "ADMIN" ? (
        <section
          aria-labelledby="erase-title"
          className="rounded-lg border border-red-700 bg-white p-4"
        >
          <h2 id="erase-title" className="mb-2 text-lg font-semibold">
            {t("pledgeDetail.eraseHeading")}
          </h2>
          <p className="max-w-prose">{t("pledgeDetail.eraseText")}</p>
          <form action={erasePledgeFromForm} className="mt-3 space-y-3">
            <input type="hidden" name="id" value={pledge.id} />
            <label className="flex items-start gap-2">
              <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-4" />
              <span>{t("pledgeDetail.eraseConfirm")}</span>
            </label>
            <button
              type="submit"
              className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white"
            >
              {t("pledgeDetail.eraseButton")}
            </button>
          </form>
        </section>
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
