import "server-only";
import { claimScheduledRun } from "@/lib/database/claim-scheduled-run";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { purgeExpiredData } from "./purge-expired-data";

const HOUR = 3_600_000;
/** A turn lasts a little less than the interval: timers of different processes drift apart. */
const PURGE_TURN_MS = HOUR - 5 * 60_000;

/**
 * Schedules the privacy purge a minute after start, then hourly, without keeping the process alive.
 * Every process schedules it; only the one that claims the hour's turn runs it
 * (lib/database/claim-scheduled-run.ts), so several workers or instances purge once an hour.
 */
export function startHousekeeping(): void {
  if (!env.DATABASE_URL) return;
  const run = async () => {
    if (!(await claimScheduledRun("purge-expired-data", PURGE_TURN_MS))) return;
    await purgeExpiredData();
  };
  const tick = () => {
    run().catch((error: unknown) =>
      log.error({ err: error }, "housekeeping: could not purge expired hashed IP addresses"),
    );
  };
  setTimeout(tick, 60_000).unref();
  setInterval(tick, HOUR).unref();
}
