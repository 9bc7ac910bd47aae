import { openStatsStream } from "@/lib/stats/open-stats-stream";
import { statsHub } from "@/lib/stats/stats-hub";

// A stream per visitor, never prerendered or cached.
export const dynamic = "force-dynamic";

/** The live counter's Server-Sent Events: see lib/stats/open-stats-stream.ts. */
export function GET(request: Request) {
  return openStatsStream(statsHub(), request.signal);
}
