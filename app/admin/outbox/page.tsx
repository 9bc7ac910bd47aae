import { getTranslations } from "next-intl/server";
import { CursorPagination } from "@/components/admin/cursor-pagination";
import { FiltersForm, filterSelects } from "@/components/admin/filters-form";
import { retryEmailFromForm } from "@/components/admin/outbox-actions";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { FormButton } from "@/components/ui/form-button";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { formatCount, formatDateTime } from "@/lib/admin/format-admin";
import { countOutbox, listOutbox, parseOutboxFilters } from "@/lib/admin/list-outbox";
import { requireRole } from "@/lib/auth/require-role";
import { isEmailKind } from "@/lib/email/email-kinds";
import { EmailStatus } from "@/lib/generated/prisma/enums";
import { keysetLinks, listQuery, type SearchParams } from "@/lib/lists/list-query";

export const generateMetadata = adminPageTitle("outbox");

/** Every email the site sends (lib/email): what was sent, what waits, what failed and why. */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const filters = parseOutboxFilters(await searchParams);
  const here = `/admin/outbox${listQuery(filters)}`;
  await requireRole("ADMIN", here);
  const t = await getTranslations({ locale: "en", namespace: "Admin.outbox" });
  const [page, counts] = await Promise.all([listOutbox(filters), countOutbox()]);
  const select = filterSelects("outbox", filters, t("anyStatus"));
  const statuses = Object.values(EmailStatus).map(
    (status) => [status, t(`statuses.${status}`)] as const,
  );

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-heart-900">{t("title")}</h1>
      <p data-testid="outbox-summary">
        {t("summary", {
          queued: counts.QUEUED,
          sending: counts.SENDING,
          sent: counts.SENT,
          failed: counts.FAILED,
        })}
      </p>
      <FiltersForm
        action="/admin/outbox"
        legendId="outbox-filters"
        clearHref="/admin/outbox"
        gridClassName="@lg:grid-cols-3"
      >
        {select("status", t("status"), statuses)}
      </FiltersForm>
      <DataTable
        id="outbox-caption"
        caption={t("caption")}
        columns={[
          t("created"),
          t("recipient"),
          t("kind"),
          t("language"),
          t("status"),
          t("attempts"),
          t("error"),
          t("sentAt"),
          t("actions"),
        ]}
        rows={page.rows}
        empty={t("empty")}
      >
        {(email) => (
          <>
            <RowHeader className="min-w-[8rem]">{formatDateTime(email.createdAt)}</RowHeader>
            <Cell className="min-w-[12rem] break-all">{email.recipient}</Cell>
            <Cell>{isEmailKind(email.kind) ? t(`kinds.${email.kind}`) : email.kind}</Cell>
            <Cell>{email.locale}</Cell>
            <Cell>{t(`statuses.${email.status}`)}</Cell>
            <Cell>{formatCount(email.attempts)}</Cell>
            <Cell className="min-w-[12rem] break-words">{email.lastError ?? ""}</Cell>
            <Cell className="whitespace-nowrap">
              {email.sentAt ? formatDateTime(email.sentAt) : ""}
            </Cell>
            <Cell>
              {email.status === "FAILED" ? (
                <FormButton
                  action={retryEmailFromForm}
                  fields={{ id: email.id, returnTo: here }}
                  variant="secondary"
                  size="sm"
                  aria-label={t("retryLabel", { recipient: email.recipient })}
                >
                  {t("retry")}
                </FormButton>
              ) : null}
            </Cell>
          </>
        )}
      </DataTable>
      <CursorPagination {...keysetLinks("/admin/outbox", filters, page.nextCursor)} />
    </div>
  );
}
