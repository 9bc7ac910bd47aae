import "server-only";
// Turns the list filters into a Prisma `where`, shared by the list and the CSV export so an
// export holds exactly what the screen shows.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PledgeFilters } from "./pledge-filters";

const fullEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function pledgeWhere(filters: PledgeFilters): Prisma.PledgeWhereInput {
  const where: Prisma.PledgeWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.message) where.messageStatus = filters.message;
  if (filters.country) where.country = filters.country;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000) } : {}),
    };
  }
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
