import "server-only";
// One pledge as staff see it, with every staff action taken on it.
import { z } from "zod";
import { db } from "@/lib/db";
import type { AuditEntry, Pledge } from "@/lib/generated/prisma/client";
import { listSubjectHistory } from "./list-subject-history";

export async function getPledgeDetail(
  id: string,
): Promise<{ pledge: Pledge; history: AuditEntry[] } | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const pledge = await db.pledge.findUnique({ where: { id } });
  return pledge ? { pledge, history: await listSubjectHistory("pledge", id) } : null;
}
