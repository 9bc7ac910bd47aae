import "server-only";
// The audit trail, newest first, filterable by action, staff email, subject and day; keyset pages
// on the id (UUIDv7, so time-ordered).
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { db } from "@/lib/db";
import type { AuditEntry, Prisma } from "@/lib/generated/prisma/client";

const one = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined);
const day = /^\d{4}-\d{2}-\d{2}$/;

const auditFiltersSchema = z.object({
  action: one.pipe(z.enum(AUDIT_ACTIONS).optional()).catch(undefined),
  actor: one.pipe(z.string().max(254).optional()).catch(undefined),
  subject: one.pipe(z.string().max(64).optional()).catch(undefined),
  from: one.pipe(z.string().regex(day).optional()).catch(undefined),
  to: one.pipe(z.string().regex(day).optional()).catch(undefined),
  cursor: one.pipe(z.uuid().optional()).catch(undefined),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export function parseAuditFilters(
  params: Record<string, string | string[] | undefined>,
): AuditFilters {
  return auditFiltersSchema.parse(params);
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries(
  filters: AuditFilters,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditEntry[]; nextCursor: string | null }> {
  const where: Prisma.AuditEntryWhereInput = {};
  if (filters.action) where.action = filters.action;
  if (filters.actor) where.actorEmail = filters.actor.toLowerCase();
  if (filters.subject) where.subjectId = filters.subject;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000) } : {}),
    };
  }
  if (filters.cursor) where.id = { lt: filters.cursor };
  const rows = await db.auditEntry.findMany({ where, orderBy: { id: "desc" }, take: pageSize + 1 });
  const hasMore = rows.length > pageSize;
  const page = hasMore ? rows.slice(0, pageSize) : rows;
  return { rows: page, nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
}

export function auditFiltersQuery(filters: AuditFilters, cursor?: string): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, cursor })) {
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
