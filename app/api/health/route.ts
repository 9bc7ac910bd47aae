// Per request, like the routes it is a baseline for (a prerendered file would measure nothing).
export const dynamic = "force-dynamic";

/** A route that does nothing: the benchmark's baseline, and a liveness check for a load balancer. */
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
