import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export interface StaffRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  active: boolean;
  createdAt: Date;
}

export async function listStaff(): Promise<StaffRow[]> {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true },
  });
}
