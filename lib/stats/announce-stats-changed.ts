import "server-only";
import { pgPool } from "@/lib/db";
import { log } from "@/lib/log";
import { STATS_CHANGED_CHANNEL } from "./stats-changed-channel";

/**
 * The shortest gap between two notifications one instance sends. Pledges landing in between are
 * told together by the next one, so the database sees at most five NOTIFYs a second per instance
 * however fast people sign.
 */
export const ANNOUNCE_INTERVAL_MS = 200;

export interface StatsNotifier {
  /** Says that the counters changed; call it after the change committed. Never throws. */
  announce(): void;
}

/**
 * A notifier that sends at once when it has been quiet, and otherwise once more at the end of the
 * interval for everything announced during it (leading and trailing edge). `send` runs outside any
 * pledge's transaction: a NOTIFY inside one would make every pledge's commit wait on PostgreSQL's
 * one notification-queue lock (docs/decisions/028-live-counter.md measures it).
 */
export function createStatsNotifier(
  send: () => Promise<unknown>,
  intervalMs = ANNOUNCE_INTERVAL_MS,
): StatsNotifier {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  const fire = () => {
    pending = false;
    timer = setTimeout(() => {
      timer = undefined;
      if (pending) fire();
    }, intervalMs);
    // A notifier waiting to send never keeps a script or a test process alive.
    timer.unref?.();
    send().catch((error: unknown) => {
      // Open pages miss this update and show it with the next one (or on their next poll).
      log.warn({ err: error }, "stats: could not notify the other instances of a change");
    });
  };

  return {
    announce() {
      if (timer === undefined) fire();
      else pending = true;
    },
  };
}

const notifier = createStatsNotifier(() =>
  pgPool.query("SELECT pg_notify($1, '')", [STATS_CHANGED_CHANNEL]),
);

/**
 * Tells every instance's live counter (this one's too) that the public figures changed: a pledge
 * counted, a pledge marked spam or not spam or erased, a payment recorded. Call it after the
 * change's commit; it returns at once and coalesces (createStatsNotifier).
 */
export function announceStatsChanged(): void {
  notifier.announce();
}
