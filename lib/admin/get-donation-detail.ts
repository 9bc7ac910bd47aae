import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

/** One donation with its payments, refunds and the staff actions taken on it. */
export async function getDonationDetail(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const donation = await db.donation.findUnique({
    where: { id },
    include: { payments: { orderBy: { paidAt: "asc" }, include: { refunds: true } } },
  });
  if (!donation) return null;
  const history = await db.auditEntry.findMany({
    where: { subjectType: "donation", subjectId: id },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return { donation, history };
}
