"use server";
// Staff decisions on pledges, through staffAction: the role first, then the form's schema.
import { revalidatePath, updateTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { erasePledgeOnRequest } from "@/lib/admin/erase-pledge-on-request";
import { redirectWithNotice } from "@/lib/admin/flash-notice";
import {
  moderatePledges,
  PLEDGE_DECISIONS,
  type PledgeDecision,
} from "@/lib/admin/moderate-pledges";
import type { StaffNoticeKey } from "@/lib/admin/staff-notice";
import type { StaffUser } from "@/lib/auth/check-staff-access";
import { formReturnPath } from "@/lib/auth/return-path";
import { PUBLIC_STATS_TAG } from "@/lib/stats/get-public-stats";

const PLEDGES_PATH = "/admin/pledges";

const moderationSchema = z.object({
  ids: z.array(z.uuid()).min(1).max(200),
  decision: z.enum(PLEDGE_DECISIONS),
  returnTo: z.string().max(2000).optional(),
});

export type ModerationResult = { ok: boolean; message: string };

const noticeFor = {
  approve: "approved",
  reject: "rejected",
  spam: "markedSpam",
  not_spam: "markedNotSpam",
} as const satisfies Record<PledgeDecision, string>;

async function moderate(
  input: z.output<typeof moderationSchema>,
  user: StaffUser,
  ipHash: string,
): Promise<{ changed: number; unchanged: number }> {
  const result = await moderatePledges(input.ids, input.decision, user, ipHash);
  if (result.changed > 0) {
    // The public counter and wall must show the change now, not when the cache next expires.
    if (input.decision === "spam" || input.decision === "not_spam") updateTag(PUBLIC_STATS_TAG);
    revalidatePath("/admin", "layout");
    revalidatePath("/[locale]/supporters", "page");
  }
  return result;
}

async function pledgeText(
  key: "invalidRequest" | "unchanged" | (typeof noticeFor)[PledgeDecision],
): Promise<string> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.pledges" });
  return t(key);
}

/** For the review queue's instant buttons (the page shows the result without reloading). */
export const moderatePledge = staffAction(
  "REVIEWER",
  {
    returnTo: PLEDGES_PATH,
    schema: moderationSchema,
    arrays: ["ids"],
    refuse: async (): Promise<ModerationResult> => ({
      ok: false,
      message: await pledgeText("invalidRequest"),
    }),
  },
  async ({ input, user, ipHash }): Promise<ModerationResult> => {
    const result = await moderate(input, user, ipHash);
    return {
      ok: true,
      message: await pledgeText(result.changed === 0 ? "unchanged" : noticeFor[input.decision]),
    };
  },
);

/** For plain forms (bulk actions, the detail page; also without JavaScript): redirect back. */
export const moderatePledgesFromForm = staffAction(
  "REVIEWER",
  {
    returnTo: PLEDGES_PATH,
    schema: moderationSchema,
    arrays: ["ids"],
    refuse: ({ form }) => {
      const none = form !== null && form.getAll("ids").length === 0;
      const key: StaffNoticeKey = none ? "pledges.bulkNone" : "pledges.invalidRequest";
      return redirectWithNotice(formReturnPath(form, PLEDGES_PATH), { key });
    },
  },
  async ({ input, form, user, ipHash }) => {
    const result = await moderate(input, user, ipHash);
    if (input.ids.length > 1) {
      return redirectWithNotice(formReturnPath(form, PLEDGES_PATH), {
        key: "pledges.bulkDone",
        count: result.changed,
      });
    }
    return redirectWithNotice(formReturnPath(form, PLEDGES_PATH), {
      key: result.changed === 0 ? "pledges.unchanged" : `pledges.${noticeFor[input.decision]}`,
    });
  },
);

const erasureSchema = z.object({
  id: z.uuid(),
  // The checkbox: erasure cannot be undone, so it needs an explicit confirmation.
  confirm: z.literal("yes"),
});

/** Erases a pledge at its supporter's request (ADMIN only), then returns to the list. */
export const erasePledgeFromForm = staffAction(
  "ADMIN",
  {
    returnTo: PLEDGES_PATH,
    schema: erasureSchema,
    refuse: ({ form }) => {
      const id = z.uuid().safeParse(form?.get("id"));
      return redirectWithNotice(id.success ? `${PLEDGES_PATH}/${id.data}` : PLEDGES_PATH, {
        key: "pledges.eraseRefused",
      });
    },
  },
  async ({ input, user, ipHash }) => {
    const result = await erasePledgeOnRequest(input.id, user, ipHash);
    if (result.erased) {
      updateTag(PUBLIC_STATS_TAG);
      revalidatePath("/admin", "layout");
      revalidatePath("/[locale]/supporters", "page");
    }
    return redirectWithNotice(PLEDGES_PATH, {
      key: result.erased ? "pledges.erased" : "pledges.unchanged",
    });
  },
);
