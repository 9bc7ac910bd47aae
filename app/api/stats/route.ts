import { log } from "@/lib/log";
import { getPublicStats } from "@/lib/stats/get-public-stats";

// Rendered per request; the data cache, not a build-time snapshot, keeps it cheap.
export const dynamic = "force-dynamic";

/**
 * The public figures as JSON. Served from the data cache (a few seconds old at most) and marked
 * cacheable by shared caches, so a CDN in front absorbs spikes and the app reads the counters
 * about once per interval however many people ask.
 */
export async function GET() {
  try {
    const stats = await getPublicStats();
    return Response.json(stats, {
      headers: { "Cache-Control": "public, max-age=0, s-maxage=5, stale-while-revalidate=30" },
    });
  } catch (error) {
    log.error({ err: error }, "stats: could not read the public figures");
    return Response.json(
      {
        status: "unavailable",
        message: "The figures are unavailable just now. Please try again shortly.",
      },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
}
