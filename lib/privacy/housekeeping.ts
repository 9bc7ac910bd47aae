import "server-only";
import { claimScheduledRun } from "@/lib/database/claim-scheduled-run";
import { sweepStaleCheckouts } from "@/lib/donations/sweep-stale-checkouts";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { donationsConfigured } from "@/lib/stripe";
import { purgeExpiredData } from "./purge-expired-data";

const HOUR = 3_600_000;
/** A turn lasts a little less than the interval: timers of different processes drift apart. */
const TURN_MS = HOUR - 5 * 60_000;

/** Runs `chore` if this process claims the hour's turn; a failure is logged, never thrown. */
function hourly(name: string, chore: () => Promise<unknown>, failure: string): () => void {
  return () => {
    (async () => {
      if (await claimScheduledRun(name, TURN_MS)) await chore();
    })().catch((error: unknown) => log.error({ err: error }, failure));
  };
}

/**
 * Schedules the hourly chores a minute after start, then hourly, without keeping the process
 * alive: the privacy purge, and the sweep that ends checkouts Stripe expired without telling us
 * (lib/donations/sweep-stale-checkouts.ts) when donations are configured. Every process schedules
 * them; only the one that claims a chore's hour runs it (lib/database/claim-scheduled-run.ts), so
 * several workers or instances run each once an hour.
 */
export function startHousekeeping(): void {
  if (!env.DATABASE_URL) return;
  const purge = hourly(
    "purge-expired-data",
    purgeExpiredData,
    "housekeeping: could not purge expired hashed IP addresses",
  );
  const sweep = hourly(
    "sweep-stale-checkouts",
    sweepStaleCheckouts,
    "housekeeping: could not sweep stale checkouts",
  );
  const tick = () => {
    purge();
    if (donationsConfigured()) sweep();
  };
  setTimeout(tick, 60_000).unref();
  setInterval(tick, HOUR).unref();
}
