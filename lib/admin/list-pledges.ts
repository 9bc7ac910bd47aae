import "server-only";
// One page of pledges, newest first, with keyset ("cursor") pagination: the next page starts below
// the last id shown, so page 1,000 costs what page 1 does (an index range scan, never OFFSET).
// Pledge ids are UUIDv7, so id order is creation order.
import { db } from "@/lib/db";
import type { MessageStatus, PledgeStatus } from "@/lib/generated/prisma/enums";
import type { PledgeFilters } from "./pledge-filters";
import { pledgeWhere } from "./pledge-where";

export const PLEDGE_PAGE_SIZE = 50;

export interface PledgeRow {
  id: string;
  createdAt: Date;
  displayName: string;
  email: string;
  country: string;
  message: string | null;
  messageStatus: MessageStatus;
  status: PledgeStatus;
  showOnWall: boolean;
}

export interface PledgePage {
  rows: PledgeRow[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** The columns of a pledge that the staff lists show (never the IP hash or consent details). */
export const pledgeRowSelect = {
  id: true,
  createdAt: true,
  displayName: true,
  email: true,
  country: true,
  message: true,
  messageStatus: true,
  status: true,
  showOnWall: true,
} as const;

export async function listPledges(
  filters: PledgeFilters,
  pageSize = PLEDGE_PAGE_SIZE,
): Promise<PledgePage> {
  const where = pledgeWhere(filters);
  const rows = await db.pledge.findMany({
    where: filters.cursor ? { AND: [where, { id: { lt: filters.cursor } }] } : where,
    orderBy: { id: "desc" },
    take: pageSize + 1,
    select: pledgeRowSelect,
  });
  const hasMore = rows.length > pageSize;
  const page = hasMore ? rows.slice(0, pageSize) : rows;
  return { rows: page, nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
}
