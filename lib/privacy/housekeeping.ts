import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { purgeExpiredData } from "./purge-expired-data";

const HOUR = 3_600_000;

/** Runs the privacy purge a minute after start, then hourly, without keeping the process alive. */
export function startHousekeeping(): void {
  if (!env.DATABASE_URL) return;
  const run = () => {
    purgeExpiredData().catch((error: unknown) =>
      log.error({ err: error }, "housekeeping: could not purge expired hashed IP addresses"),
    );
  };
  setTimeout(run, 60_000).unref();
  setInterval(run, HOUR).unref();
}
