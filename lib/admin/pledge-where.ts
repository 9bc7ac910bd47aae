import "server-only";
// Turns the list filters into a Prisma `where`, shared by the list and the CSV export so an
// export holds exactly what the screen shows.
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayRange } from "@/lib/lists/list-query";
import type { PledgeFilters } from "./pledge-filters";

const fullEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function pledgeWhere(filters: PledgeFilters): Prisma.PledgeWhereInput {
  const where: Prisma.PledgeWhereInput = {
    status: filters.status,
    messageStatus: filters.message,
    country: filters.country,
    createdAt: dayRange(filters.from, filters.to),
  };
  if (filters.q) {
    const q = filters.q.toLowerCase();
    // A whole address is looked up through the unique index; anything else is a substring match
    // on name or email, walked newest first (it stops after one page of matches).
    where.OR = fullEmail.test(q)
      ? [{ email: q }]
      : [{ displayName: { contains: filters.q, mode: "insensitive" } }, { email: { contains: q } }];
  }
  return where;
}
