import "server-only";
// The pledges matching the list's filters as a streamed CSV (keyset batches, newest first).
import { db } from "@/lib/db";
import { csvStream } from "./csv-stream";
import type { PledgeFilters } from "./pledge-filters";
import { pledgeWhere } from "./pledge-where";

export const EXPORT_BATCH_SIZE = 2_000;

const HEADER = [
  "id",
  "created_at",
  "display_name",
  "email",
  "country",
  "status",
  "message_status",
  "message",
  "show_on_wall",
  "consent_at",
  "consent_notice_version",
  "locale",
] as const;

export function exportPledgesCsv(
  filters: PledgeFilters,
  batchSize = EXPORT_BATCH_SIZE,
): ReadableStream<Uint8Array> {
  const where = pledgeWhere({ ...filters, cursor: undefined });
  return csvStream({
    header: HEADER,
    async nextBatch(cursor) {
      const rows = await db.pledge.findMany({
        where: cursor ? { AND: [where, { id: { lt: cursor } }] } : where,
        orderBy: { id: "desc" },
        take: batchSize,
        select: {
          id: true,
          createdAt: true,
          displayName: true,
          email: true,
          country: true,
          status: true,
          messageStatus: true,
          message: true,
          showOnWall: true,
          consentAt: true,
          consentNoticeVersion: true,
          locale: true,
        },
      });
      return { rows, cursor: rows.at(-1)?.id };
    },
    toValues: (row) => [
      row.id,
      row.createdAt.toISOString(),
      row.displayName,
      row.email,
      row.country,
      row.status,
      row.messageStatus,
      row.message,
      row.showOnWall,
      row.consentAt.toISOString(),
      row.consentNoticeVersion,
      row.locale,
    ],
  });
}
