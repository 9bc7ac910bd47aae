import "server-only";
// Adds a staff account with a password. The account and its audit entry are written together.
import type { AuditAction } from "@/lib/audit/audit-actions";
import { type AuditActor, recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { NewStaff } from "./staff-input";

export class StaffEmailTaken extends Error {
  constructor(email: string) {
    super(`A staff account with the email ${email} already exists.`);
    this.name = "StaffEmailTaken";
  }
}

export async function createStaffUser(
  input: NewStaff,
  actor: AuditActor | null,
  options: {
    /**
     * The start-up scripts' own client (scripts/admin-create.ts, lib/admin/create-local-admin.ts):
     * they open the embedded database after the environment was read, so the app's `db` has no
     * URL yet. Tests use `db` itself, pointed at their database (tests/e2e/fixtures.ts).
     */
    client?: PrismaClient;
    action?: AuditAction;
    ipHash?: string | null;
  } = {},
): Promise<{ id: string; email: string }> {
  const client = options.client ?? db;
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true, role: true, name: true },
      });
      await recordAuditEntry(
        {
          actor,
          action: options.action ?? "staff.created",
          subjectType: "user",
          subjectId: user.id,
          after: { email: user.email, name: user.name, role: user.role, active: true },
          ipHash: options.ipHash ?? null,
        },
        tx,
      );
      return { id: user.id, email: user.email };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new StaffEmailTaken(input.email);
    }
    throw error;
  }
}
