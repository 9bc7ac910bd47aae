// CSV of the pledges matching the list's filters (ADMIN only; the export is on the audit trail).

import { csvResponse } from "@/lib/admin/csv-response";
import { exportPledgesCsv } from "@/lib/admin/export-pledges-csv";
import { parsePledgeFilters } from "@/lib/admin/pledge-filters";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { requireRoleForRoute } from "@/lib/auth/require-role";
import { clientIp, hashIp } from "@/lib/security/client-ip";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await requireRoleForRoute("ADMIN");
  if (!access.ok) return access.error.response;
  const filters = parsePledgeFilters(new URL(request.url).searchParams);
  const { cursor: _ignored, ...recorded } = filters;
  await recordAuditEntry({
    actor: access.value,
    action: "export.pledges",
    subjectType: "export",
    after: { filters: JSON.parse(JSON.stringify(recorded)) },
    ipHash: hashIp(clientIp(request.headers)),
  });
  return csvResponse(exportPledgesCsv(filters), "pledges");
}
