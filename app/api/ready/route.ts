import { checkReadiness } from "@/lib/health/check-readiness";

export const dynamic = "force-dynamic";

/** Readiness: 200 when the database answers within 1 s with every migration applied, else 503. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
