"use server";
// Staff decisions on pledges. Anyone can POST to a server action, so each one checks the role
// itself and validates everything it is sent.
import { revalidatePath, updateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { erasePledgeOnRequest } from "@/lib/admin/erase-pledge-on-request";
import {
  moderatePledges,
  PLEDGE_DECISIONS,
  type PledgeDecision,
} from "@/lib/admin/moderate-pledges";
import { requireRole } from "@/lib/auth/require-role";
import { safeReturnPath } from "@/lib/auth/return-path";
import { clientIp, hashIp } from "@/lib/security/client-ip";
import { PUBLIC_STATS_TAG } from "@/lib/stats/get-public-stats";

const moderationSchema = z.object({
  ids: z.array(z.uuid()).min(1).max(200),
  decision: z.enum(PLEDGE_DECISIONS),
});

export type ModerationResult = { ok: boolean; message: string };

const noticeFor: Record<PledgeDecision, "approved" | "rejected" | "markedSpam" | "markedNotSpam"> =
  {
    approve: "approved",
    reject: "rejected",
    spam: "markedSpam",
    not_spam: "markedNotSpam",
  };

async function moderate(
  formData: FormData,
): Promise<
  | { ok: true; decision: PledgeDecision; changed: number; unchanged: number }
  | { ok: false; reason: "invalid" | "none" }
> {
  const user = await requireRole("REVIEWER", "/admin/pledges");
  const ids = formData.getAll("ids").map(String);
  const parsed = moderationSchema.safeParse({ ids, decision: formData.get("decision") });
  if (!parsed.success) return { ok: false, reason: ids.length === 0 ? "none" : "invalid" };
  const ipHash = hashIp(clientIp(await headers()));
  const result = await moderatePledges(parsed.data.ids, parsed.data.decision, user, ipHash);
  if (result.changed > 0) {
    // The public counter and wall must show the change now, not when the cache next expires.
    if (parsed.data.decision === "spam" || parsed.data.decision === "not_spam") {
      updateTag(PUBLIC_STATS_TAG);
    }
    revalidatePath("/admin", "layout");
    revalidatePath("/[locale]/supporters", "page");
  }
  return { ok: true, decision: parsed.data.decision, ...result };
}

/** For the review queue's instant buttons (the page shows the result without reloading). */
export async function moderatePledge(formData: FormData): Promise<ModerationResult> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.pledges" });
  const result = await moderate(formData);
  if (!result.ok) return { ok: false, message: t("invalidRequest") };
  if (result.changed === 0) return { ok: true, message: t("unchanged") };
  return { ok: true, message: t(noticeFor[result.decision]) };
}

/** For plain forms (bulk actions, the detail page; also without JavaScript): redirect back. */
export async function moderatePledgesFromForm(formData: FormData): Promise<void> {
  const result = await moderate(formData);
  const back = new URL(safeReturnPath(String(formData.get("returnTo") ?? "")), "http://local");
  back.searchParams.delete("notice");
  back.searchParams.delete("count");
  if (!result.ok) {
    back.searchParams.set("notice", result.reason === "none" ? "bulkNone" : "invalidRequest");
  } else if (formData.getAll("ids").length > 1) {
    back.searchParams.set("notice", "bulkDone");
    back.searchParams.set("count", String(result.changed));
  } else {
    back.searchParams.set(
      "notice",
      result.changed === 0 ? "unchanged" : noticeFor[result.decision],
    );
  }
  redirect(`${back.pathname}${back.search}`);
}

const erasureSchema = z.object({
  id: z.uuid(),
  // The checkbox: erasure cannot be undone, so it needs an explicit confirmation.
  confirm: z.literal("yes"),
});

/** Erases a pledge at its supporter's request (ADMIN only), then returns to the list. */
export async function erasePledgeFromForm(formData: FormData): Promise<void> {
  const user = await requireRole("ADMIN", "/admin/pledges");
  // Anyone can call an action with any body: take nothing for granted about it.
  const fields = formData instanceof FormData ? formData : new FormData();
  const parsed = erasureSchema.safeParse({ id: fields.get("id"), confirm: fields.get("confirm") });
  if (!parsed.success) {
    const id = z.uuid().safeParse(fields.get("id"));
    redirect(`${id.success ? `/admin/pledges/${id.data}` : "/admin/pledges"}?notice=eraseRefused`);
  }
  const ipHash = hashIp(clientIp(await headers()));
  const result = await erasePledgeOnRequest(parsed.data.id, user, ipHash);
  if (result.erased) {
    updateTag(PUBLIC_STATS_TAG);
    revalidatePath("/admin", "layout");
    revalidatePath("/[locale]/supporters", "page");
  }
  redirect(`/admin/pledges?notice=${result.erased ? "erased" : "unchanged"}`);
}
