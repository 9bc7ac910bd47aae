import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { listSubjectHistory } from "./list-subject-history";

/** One donation with its payments, refunds and the staff actions taken on it. */
export async function getDonationDetail(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const donation = await db.donation.findUnique({
    where: { id },
    include: { payments: { orderBy: { paidAt: "asc" }, include: { refunds: true } } },
  });
  return donation ? { donation, history: await listSubjectHistory("donation", id) } : null;
}
