import "server-only";
// The email outbox for ADMIN: newest first, by status, in keyset pages (lib/lists/list-query.ts).
import { db } from "@/lib/db";
import { EmailStatus } from "@/lib/generated/prisma/enums";
import { findKeysetPage, listFilters, listParams } from "@/lib/lists/list-query";

export const parseOutboxFilters = listFilters({
  status: listParams.oneOf(EmailStatus),
  cursor: listParams.cursor(),
});

export type OutboxFilters = ReturnType<typeof parseOutboxFilters>;

export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox(filters: OutboxFilters, pageSize = OUTBOX_PAGE_SIZE) {
  return findKeysetPage(
    { where: { status: filters.status }, cursor: filters.cursor, pageSize },
    (page) =>
      db.emailOutbox.findMany({
        ...page,
        select: {
          id: true,
          createdAt: true,
          kind: true,
          recipient: true,
          locale: true,
          status: true,
          attempts: true,
          lastError: true,
          sentAt: true,
        },
      }),
  );
}

/** How many emails are in each status, for the screen's headline. */
export async function countOutbox(): Promise<Record<EmailStatus, number>> {
  const groups = await db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { QUEUED: 0, SENDING: 0, SENT: 0, FAILED: 0 } satisfies Record<
    EmailStatus,
    number
  >;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
