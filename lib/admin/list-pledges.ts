import "server-only";
// One page of pledges, newest first, in keyset pages (lib/lists/list-query.ts).
import { db } from "@/lib/db";
import type { MessageStatus, PledgeStatus } from "@/lib/generated/prisma/enums";
import { findKeysetPage, type KeysetPage } from "@/lib/lists/list-query";
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

export type PledgePage = KeysetPage<PledgeRow>;

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
  return findKeysetPage({ where: pledgeWhere(filters), cursor: filters.cursor, pageSize }, (page) =>
    db.pledge.findMany({ ...page, select: pledgeRowSelect }),
  );
}
