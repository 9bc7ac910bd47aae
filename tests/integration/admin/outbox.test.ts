// The staff outbox: the list by status, and a retry that puts a FAILED email back on the queue
// with a new delivery job and an audit entry, and leaves any other email alone.
import { describe, expect, it } from "vitest";
import { countOutbox, listOutbox, parseOutboxFilters } from "@/lib/admin/list-outbox";
import { retryEmail } from "@/lib/admin/retry-email";
import { inTransaction } from "@/lib/database/in-transaction";
import { db, pgPool } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue-email";
import { makeStaff } from "@/tests/support/admin-staff";

const queued = (recipient: string) =>
  inTransaction((client) =>
    queueEmail(client, { kind: "pledge-thanks", recipient, locale: "en", data: { name: "N" } }),
  );

async function jobsFor(id: string): Promise<number> {
  const { rows } = await pgPool.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'deliver-email' AND data->>'outboxId' = $1`,
    [id],
  );
  return rows[0].n;
}

describe("the staff outbox", () => {
  it("lists emails by status and sends a failed one again, once, with an audit entry", async () => {
    const admin = await makeStaff("ADMIN");
    const failed = await queued("failed@example.org");
    const waiting = await queued("waiting@example.org");
    await db.emailOutbox.update({
      where: { id: failed },
      data: { status: "FAILED", attempts: 11, lastError: "550 No such mailbox here" },
    });

    const onlyFailed = await listOutbox(parseOutboxFilters({ status: "FAILED" }));
    expect(onlyFailed.rows.map((row) => row.id)).toEqual([failed]);
    expect(onlyFailed.rows[0]?.lastError).toContain("550");
    // Newest first.
    const all = await listOutbox(parseOutboxFilters({}));
    expect(all.rows.map((row) => row.id)).toEqual([waiting, failed]);
    expect(await countOutbox()).toMatchObject({ QUEUED: 1, FAILED: 1 });

    expect(await jobsFor(failed)).toBe(1);
    expect(await retryEmail(failed, admin, "ip")).toEqual({ retried: true });
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: failed } })).status).toBe(
      "QUEUED",
    );
    expect(await jobsFor(failed)).toBe(2);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { subjectId: failed } });
    expect(audit).toMatchObject({ action: "email.retried", actorId: admin.id });

    // Not failed (any more): nothing happens.
    expect(await retryEmail(failed, admin, "ip")).toEqual({ retried: false });
    expect(await retryEmail(waiting, admin, "ip")).toEqual({ retried: false });
    expect(await jobsFor(failed)).toBe(2);
  });
});
