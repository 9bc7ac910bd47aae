"use server";
// Donor message moderation. Donations are ADMIN-only (they show money and payment details); the
// role is checked here because anyone can POST to a server action.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { moderateDonationMessage } from "@/lib/admin/moderate-donation-message";
import { requireRole } from "@/lib/auth/require-role";
import { safeReturnPath } from "@/lib/auth/return-path";
import { clientIp, hashIp } from "@/lib/security/client-ip";

const schema = z.object({ id: z.uuid(), decision: z.enum(["approve", "reject"]) });

export async function moderateDonationFromForm(formData: FormData): Promise<void> {
  const user = await requireRole("ADMIN", "/admin/donations");
  const back = new URL(safeReturnPath(String(formData.get("returnTo") ?? "")), "http://local");
  back.searchParams.delete("notice");
  const parsed = schema.safeParse({ id: formData.get("id"), decision: formData.get("decision") });
  if (!parsed.success) {
    back.searchParams.set("notice", "invalidRequest");
  } else {
    const ipHash = hashIp(clientIp(await headers()));
    const result = await moderateDonationMessage(
      parsed.data.id,
      parsed.data.decision,
      user,
      ipHash,
    );
    back.searchParams.set(
      "notice",
      !result.changed ? "unchanged" : parsed.data.decision === "approve" ? "approved" : "rejected",
    );
    if (result.changed) revalidatePath("/admin", "layout");
  }
  redirect(`${back.pathname}${back.search}`);
}
