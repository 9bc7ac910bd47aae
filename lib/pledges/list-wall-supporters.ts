import "server-only";
import { db } from "@/lib/db";
import { MessageStatus, PledgeStatus } from "@/lib/generated/prisma/enums";
import { findKeysetPage, listParams } from "@/lib/lists/list-query";

/** What the wall may show of a supporter: never the email or anything else. */
export interface WallSupporter {
  id: string;
  displayName: string;
  country: string;
  /** Only once staff approved it. */
  message: string | null;
}

export interface WallPage {
  supporters: WallSupporter[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export const WALL_PAGE_SIZE = 30;

const cursorParam = listParams.cursor();

/** Reads a `?cursor=` value; anything but a UUID means "from the newest". */
export function parseWallCursor(value: unknown): string | undefined {
  return cursorParam.parse(value);
}

/**
 * The newest supporters who chose to be shown and whose pledge counts, older ones page by page.
 * Keyset pagination on the time-ordered id walks the index (showOnWall, status, id desc) from the
 * cursor, so page 1,000 costs what page 1 costs, at any number of pledges.
 */
export async function listWallSupporters(
  options: { cursor?: string; limit?: number } = {},
): Promise<WallPage> {
  const limit = Math.min(Math.max(options.limit ?? WALL_PAGE_SIZE, 1), 100);
  const select = {
    id: true,
    displayName: true,
    country: true,
    message: true,
    messageStatus: true,
  } as const;
  const page = await findKeysetPage(
    {
      where: { showOnWall: true, status: PledgeStatus.ACTIVE },
      cursor: options.cursor,
      pageSize: limit,
    },
    (args) => db.pledge.findMany({ ...args, select }),
  );
  return {
    supporters: page.rows.map((row) => ({
      id: row.id,
      displayName: row.displayName,
      country: row.country,
      message: row.messageStatus === MessageStatus.APPROVED ? row.message : null,
    })),
    nextCursor: page.nextCursor,
  };
}
