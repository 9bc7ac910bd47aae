import "server-only";
// The audit trail, newest first, filterable by action, staff email, subject and day, in keyset
// pages (lib/lists/list-query.ts).
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { db } from "@/lib/db";
import { dayRange, findKeysetPage, listFilters, listParams } from "@/lib/lists/list-query";

export const parseAuditFilters = listFilters({
  action: listParams.oneOf(AUDIT_ACTIONS),
  actor: listParams.text(254),
  subject: listParams.text(64),
  from: listParams.day(),
  to: listParams.day(),
  cursor: listParams.cursor(),
});

export type AuditFilters = ReturnType<typeof parseAuditFilters>;

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries(filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE) {
  const where = {
    action: filters.action,
    actorEmail: filters.actor?.toLowerCase(),
    subjectId: filters.subject,
    createdAt: dayRange(filters.from, filters.to),
  };
  return findKeysetPage({ where, cursor: filters.cursor, pageSize }, (page) =>
    db.auditEntry.findMany(page),
  );
}
