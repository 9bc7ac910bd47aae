import { forgetFlashNotice } from "@/lib/admin/flash-notice";
import { requireRoleForRoute } from "@/lib/auth/require-role";

// The staff notice has been shown: drop its cookie (HttpOnly, so the page's script cannot).
export async function DELETE(): Promise<Response> {
  const access = await requireRoleForRoute("REVIEWER");
  if (!access.ok) return access.error.response;
  await forgetFlashNotice();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
