import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditChange } from "@/components/admin/audit-change";
import {
  captionClass,
  TableScroll,
  tableClass,
  tdClass,
  thClass,
} from "@/components/admin/table-scroll";
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
  const columns = showSubject ? 6 : 5;
  return (
    <TableScroll labelledBy={captionId}>
      <table className={tableClass}>
        <caption id={captionId} className={captionClass}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              {t("audit.when")}
            </th>
            <th scope="col" className={thClass}>
              {t("audit.who")}
            </th>
            <th scope="col" className={thClass}>
              {t("audit.action")}
            </th>
            {showSubject ? (
              <th scope="col" className={thClass}>
                {t("audit.subject")}
              </th>
            ) : null}
            <th scope="col" className={thClass}>
              {t("audit.before")}
            </th>
            <th scope="col" className={thClass}>
              {t("audit.after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 ? (
            <tr>
              <td colSpan={columns} className={tdClass}>
                {t("common.noResults")}
              </td>
            </tr>
          ) : (
            entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" className={`${tdClass} font-normal whitespace-nowrap`}>
                  {formatDateTime(entry.createdAt)}
                </th>
                <td className={`${tdClass} break-all`}>{entry.actorEmail ?? t("audit.system")}</td>
                <td className={tdClass}>
                  <code>{entry.action}</code>
                </td>
                {showSubject ? (
                  <td className={`${tdClass} break-all`}>
                    {entry.subjectType === "pledge" && entry.subjectId ? (
                      <Link
                        href={`/admin/pledges/${entry.subjectId}`}
                        className="text-heart-800 underline"
                      >
                        {entry.subjectType} {entry.subjectId.slice(0, 8)}
                      </Link>
                    ) : entry.subjectType ? (
                      `${entry.subjectType} ${entry.subjectId?.slice(0, 8) ?? ""}`
                    ) : (
                      t("common.none")
                    )}
                  </td>
                ) : null}
                <td className={tdClass}>
                  <AuditChange value={entry.before} />
                </td>
                <td className={tdClass}>
                  <AuditChange value={entry.after} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
