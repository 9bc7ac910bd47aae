import "server-only";
// The only writer of the audit trail. Entries are never changed or removed (the table's trigger
// refuses it); pass the transaction of the change itself so the change and its record commit
// together or not at all.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./audit-actions";

export interface AuditActor {
  id: string | null;
  email: string | null;
}

export interface AuditEntryInput {
  actor: AuditActor | null;
  action: AuditAction;
  subjectType?: "pledge" | "donation" | "user" | "export" | "email";
  subjectId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ipHash?: string | null;
}

export async function recordAuditEntry(
  input: AuditEntryInput,
  client: Prisma.TransactionClient = db,
): Promise<void> {
  await client.auditEntry.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      action: input.action,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      before: input.before,
      after: input.after,
      ipHash: input.ipHash ?? null,
    },
  });
}
