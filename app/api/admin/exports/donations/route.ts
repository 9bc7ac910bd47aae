// CSV of every donation with its payments' totals (ADMIN only; the export is on the audit trail).

import { csvResponse } from "@/lib/admin/csv-response";
import { exportDonationsCsv } from "@/lib/admin/export-donations-csv";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { requireRoleForRoute } from "@/lib/auth/require-role";
import { clientIp, hashIp } from "@/lib/security/client-ip";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await requireRoleForRoute("ADMIN");
  if (!access.ok) return access.error.response;
  await recordAuditEntry({
    actor: access.value,
    action: "export.donations",
    subjectType: "export",
    ipHash: hashIp(clientIp(request.headers)),
  });
  return csvResponse(exportDonationsCsv(), "donations");
}
