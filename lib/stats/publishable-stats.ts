import type { PublicStats } from "./read-public-stats";

/**
 * The figures as the public may see them: a country appears only once it has `minimum` pledges.
 * Below that, anyone who knows an address and its country could pledge with it and watch a small
 * count to learn whether it had signed before (a repeat is not counted). The total is unaffected;
 * staff see every country (lib/admin reads the counters directly).
 */
export function publishableStats(stats: PublicStats, minimum: number): PublicStats {
  return {
    ...stats,
    pledgesByCountry: Object.fromEntries(
      Object.entries(stats.pledgesByCountry).filter(([, count]) => count >= minimum),
    ),
  };
}
