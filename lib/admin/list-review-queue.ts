import "server-only";
// Messages awaiting review, oldest first (first come, first reviewed), from the
// (messageStatus, id) index. Spam pledges are left out: their messages never show anyway.
import { db } from "@/lib/db";
import { type PledgeRow, pledgeRowSelect } from "./list-pledges";

export async function listReviewQueue(limit = 20): Promise<{ rows: PledgeRow[]; total: number }> {
  const where = { messageStatus: "PENDING", status: "ACTIVE" } as const;
  const [rows, total] = await Promise.all([
    db.pledge.findMany({
      where,
      orderBy: { id: "asc" },
      take: limit,
      select: pledgeRowSelect,
    }),
    db.pledge.count({ where }),
  ]);
  return { rows, total };
}
