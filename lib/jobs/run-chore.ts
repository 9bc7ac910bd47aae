import "server-only";
// The scheduled chores, run by the queue worker when the schedule's job comes (once per hour across
// every instance: pg-boss sends one job per cron slot). A failure is logged and thrown, so the
// queue retries it (lib/jobs/job-queue.ts).
import { sweepStaleCheckouts } from "@/lib/donations/sweep-stale-checkouts";
import { log } from "@/lib/log";
import { purgeExpiredData } from "@/lib/privacy/purge-expired-data";
import { donationsConfigured } from "@/lib/stripe";
import { PURGE_EXPIRED_DATA, SWEEP_STALE_CHECKOUTS } from "./job-queue";

export async function runChore(name: string): Promise<void> {
  try {
    if (name === PURGE_EXPIRED_DATA) {
      log.info({ chore: name, ...(await purgeExpiredData()) }, "chores: purged expired data");
    } else if (name === SWEEP_STALE_CHECKOUTS && donationsConfigured()) {
      log.info({ chore: name, ...(await sweepStaleCheckouts()) }, "chores: swept stale checkouts");
    }
  } catch (error) {
    log.error({ err: error, chore: name }, "chores: a scheduled chore failed");
    throw error;
  }
}
