"use server";
// Donor message moderation. Donations are ADMIN-only (they show money and payment details).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { redirectWithNotice } from "@/lib/admin/flash-notice";
import { moderateDonationMessage } from "@/lib/admin/moderate-donation-message";
import { formReturnPath } from "@/lib/auth/return-path";

const DONATIONS_PATH = "/admin/donations";

const schema = z.object({ id: z.uuid(), decision: z.enum(["approve", "reject"]) });

export const moderateDonationFromForm = staffAction(
  "ADMIN",
  {
    returnTo: DONATIONS_PATH,
    schema,
    refuse: ({ form }) =>
      redirectWithNotice(formReturnPath(form, DONATIONS_PATH), { key: "donations.invalidRequest" }),
  },
  async ({ input, form, user, ipHash }) => {
    const result = await moderateDonationMessage(input.id, input.decision, user, ipHash);
    if (result.changed) {
      revalidatePath("/admin", "layout");
      // An approved (or newly rejected) donor appears on (or leaves) the supporter wall now.
      revalidatePath("/[locale]/supporters", "page");
    }
    return redirectWithNotice(formReturnPath(form, DONATIONS_PATH), {
      key: !result.changed
        ? "donations.unchanged"
        : input.decision === "approve"
          ? "donations.approved"
          : "donations.rejected",
    });
  },
);
