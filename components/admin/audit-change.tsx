import type { Prisma } from "@/lib/generated/prisma/client";

/** A before/after value from the audit trail, readable as "key: value" pairs. */
export function AuditChange({ value }: { value: Prisma.JsonValue | null }) {
  if (value === null || value === undefined) return <span aria-hidden="true">—</span>;
  if (typeof value !== "object" || Array.isArray(value))
    return <code>{JSON.stringify(value)}</code>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
      {Object.entries(value).map(([key, item]) => (
        <div key={key} className="contents">
          <dt className="text-ink-muted">{key}</dt>
          <dd className="break-all">{typeof item === "string" ? item : JSON.stringify(item)}</dd>
        </div>
      ))}
    </dl>
  );
}
