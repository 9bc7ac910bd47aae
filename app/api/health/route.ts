// Per request, like the routes it is a baseline for (a prerendered file would measure nothing).
export const dynamic = "force-dynamic";

/**
 * Liveness: the process is up and serving, whatever the database does (that is /api/ready). Also
 * the benchmark's baseline, a route that does nothing.
 */
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
