// What the pool does with an error on a connection nobody is using. pg drops that client and opens
// a new one when next needed, so nothing is lost; the log only needs to say why. PostgreSQL ending
// its sessions as it shuts down (Ctrl+C on `npm run dev` stops the embedded server together with
// the app, and an operator's restart does the same) arrives once per idle connection, code 57P01:
// that is said once, until a connection is made again, instead of once per connection.
import type pg from "pg";

const ADMIN_SHUTDOWN = "57P01";

export interface IdleErrorReports {
  shutdown(): void;
  error(error: Error): void;
}

/** Wires `reports` to `pool`: one report per shutdown, one per any other idle connection error. */
export function reportIdleConnectionErrors(pool: pg.Pool, reports: IdleErrorReports): void {
  let shutdownReported = false;
  pool.on("connect", () => {
    shutdownReported = false;
  });
  pool.on("error", (error) => {
    if ((error as { code?: unknown }).code !== ADMIN_SHUTDOWN) {
      reports.error(error);
      return;
    }
    if (shutdownReported) return;
    shutdownReported = true;
    reports.shutdown();
  });
}
