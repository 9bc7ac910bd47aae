import { getTranslations } from "next-intl/server";
import { AuditChange } from "@/components/admin/audit-change";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import { formatDateTime } from "@/lib/admin/format-admin";
import type { AuditEntry } from "@/lib/generated/prisma/client";

type AuditTableProps = {
  captionId: string;
  caption: string;
  entries: readonly AuditEntry[];
  /** The audit trail screen shows what each entry is about; a record's own history does not. */
  showSubject?: boolean;
};

/** Audit entries as an accessible table: when, who, what, and the before/after of the change. */
export async function AuditTable({ captionId, caption, entries, showSubject }: AuditTableProps) {
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  return (
    <DataTable
      id={captionId}
      caption={caption}
      columns={[
        t("audit.when"),
        t("audit.who"),
        t("audit.action"),
        ...(showSubject ? [t("audit.subject")] : []),
        t("audit.before"),
        t("audit.after"),
      ]}
      rows={entries}
      empty={t("common.noResults")}
    >
      {(entry) => (
        <>
          <RowHeader className="font-normal whitespace-nowrap">
            {formatDateTime(entry.createdAt)}
          </RowHeader>
          <Cell className="break-all">{entry.actorEmail ?? t("audit.system")}</Cell>
          <Cell>
            <code>{entry.action}</code>
          </Cell>
          {showSubject ? (
            <Cell className="break-all">
              {entry.subjectType === "pledge" && entry.subjectId ? (
                <TextLink plain href={`/admin/pledges/${entry.subjectId}`}>
                  {entry.subjectType} {entry.subjectId.slice(0, 8)}
                </TextLink>
              ) : entry.subjectType ? (
                `${entry.subjectType} ${entry.subjectId?.slice(0, 8) ?? ""}`
              ) : (
                t("common.none")
              )}
            </Cell>
          ) : null}
          <Cell>
            <AuditChange value={entry.before} />
          </Cell>
          <Cell>
            <AuditChange value={entry.after} />
          </Cell>
        </>
      )}
    </DataTable>
  );
}
