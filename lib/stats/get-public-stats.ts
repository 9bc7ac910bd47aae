import "server-only";
import { unstable_cache } from "next/cache";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { publishableStats } from "./publishable-stats";
import { type PublicStats, publicFiguresAreLive, readPublicStats } from "./read-public-stats";

/** Tag of the cached public figures: a writer that needs them fresh at once calls updateTag/revalidateTag. */
export const PUBLIC_STATS_TAG = "public-stats";

/** How long a cached copy is served before it is read again (a new pledge shows within this). */
export const PUBLIC_STATS_MAX_AGE_SECONDS = 5;

/**
 * The public figures through Next's data cache: however many visitors and API readers there are,
 * each app instance reads the counters at most about once per PUBLIC_STATS_MAX_AGE_SECONDS.
 * `unstable_cache` rather than `'use cache'` because the app does not enable cacheComponents.
 * Countries below PUBLIC_COUNTRY_MIN_PLEDGES are left out (publishable-stats.ts).
 */
export const getPublicStats = unstable_cache(
  async () => publishableStats(await readPublicStats(), env.PUBLIC_COUNTRY_MIN_PLEDGES),
  // The mode is in the key: a site switched from test to live keys must not serve one stale copy
  // of the test figures (docs/decisions/027), should the data cache ever be kept across restarts
  // (it is not: decision 034 keeps it in memory).
  ["public-stats-v2", publicFiguresAreLive() ? "live" : "test"],
  {
    tags: [PUBLIC_STATS_TAG],
    revalidate: PUBLIC_STATS_MAX_AGE_SECONDS,
  },
);

/**
 * The public figures for a page, or null when they cannot be read: the database is down, and the
 * page still serves (cached for its few seconds, decision 034), saying it cannot show the count.
 */
export async function getPublicStatsForPage(): Promise<PublicStats | null> {
  try {
    return await getPublicStats();
  } catch (error) {
    log.error({ err: error }, "stats: could not read the public figures for a page");
    return null;
  }
}
