// The pool's idle connections when PostgreSQL ends them (as it does on shutdown, or here with
// pg_terminate_backend, which sends the same 57P01): one report, not one per connection.
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { reportIdleConnectionErrors } from "@/lib/database/idle-connection-errors";
import { envValue } from "@/tests/support/test-env";

const admin = new pg.Client({ connectionString: inject("testServerUrl") });
const pool = new pg.Pool({ connectionString: envValue("DATABASE_URL"), max: 5 });

afterAll(async () => {
  await pool.end();
  await admin.end();
});

async function openIdleConnections(count: number): Promise<void> {
  const clients = await Promise.all(Array.from({ length: count }, () => pool.connect()));
  for (const client of clients) client.release();
}

async function endSessions(): Promise<void> {
  const database = new URL(envValue("DATABASE_URL") ?? "").pathname.slice(1);
  await admin.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [database],
  );
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("the pool never noticed");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("idle connections ended by the server", () => {
  it("are reported once per shutdown, however many there were, and again after a reconnect", async () => {
    await admin.connect();
    const shutdowns: number[] = [];
    const errors: Error[] = [];
    reportIdleConnectionErrors(pool, {
      shutdown: () => shutdowns.push(Date.now()),
      error: (error) => errors.push(error),
    });

    await openIdleConnections(5);
    expect(pool.idleCount).toBe(5);
    await endSessions();
    await until(() => pool.totalCount === 0);
    expect(shutdowns).toHaveLength(1);
    expect(errors).toEqual([]);

    // The pool recovers, and the next shutdown is told again.
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await openIdleConnections(3);
    await endSessions();
    await until(() => pool.totalCount === 0);
    expect(shutdowns).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
