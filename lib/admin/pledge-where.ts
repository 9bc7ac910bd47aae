import "server-only";
// Turns the list filters into a Prisma `where`, shared by the list and the CSV export so an
// export holds exactly what the screen shows.
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayRange } from "@/lib/lists/list-query";
import { emailKey } from "@/lib/pledges/email-key";
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
    // A whole address is looked up by its key (the unique index: any spelling of the address
    // finds the pledge); anything else is a substring match on name or email as typed, walked
    // newest first (it stops after one page of matches).
    where.OR = fullEmail.test(q)
      ? [{ emailKey: emailKey(q) }]
      : [
          { displayName: { contains: filters.q, mode: "insensitive" } },
          { email: { contains: q, mode: "insensitive" } },
        ];
  }
  return where;
}
