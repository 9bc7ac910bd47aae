import "server-only";
// What staff did to one record, newest first: the history on a pledge's or donation's page.
import { db } from "@/lib/db";

const HISTORY_LIMIT = 100;

export function listSubjectHistory(subjectType: "pledge" | "donation", subjectId: string) {
  return db.auditEntry.findMany({
    where: { subjectType, subjectId },
    orderBy: { createdAt: "desc" },
    take: HISTORY_LIMIT,
  });
}
