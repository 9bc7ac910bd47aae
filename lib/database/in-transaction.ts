import "server-only";
// A transaction on the app's pool for work that spans statements (an outbox row and its job, a
// confirmation and its counter): all of it commits, or none.
import type pg from "pg";
import { pgPool } from "@/lib/db";

/** Runs `work` in a transaction of its own on the app's pool. */
export async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
