"use server";
// The outbox screen's one action (ADMIN only), through staffAction: send a failed email again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { redirectWithNotice } from "@/lib/admin/flash-notice";
import { retryEmail } from "@/lib/admin/retry-email";
import { formReturnPath } from "@/lib/auth/return-path";

const OUTBOX_PATH = "/admin/outbox";

export const retryEmailFromForm = staffAction(
  "ADMIN",
  {
    returnTo: OUTBOX_PATH,
    schema: z.object({ id: z.uuid(), returnTo: z.string().max(2000).optional() }),
    refuse: () => redirectWithNotice(OUTBOX_PATH, { key: "outbox.invalidRequest" }),
  },
  async ({ input, form, user, ipHash }) => {
    const { retried } = await retryEmail(input.id, user, ipHash);
    if (retried) revalidatePath(OUTBOX_PATH);
    return redirectWithNotice(formReturnPath(form, OUTBOX_PATH), {
      key: retried ? "outbox.retried" : "outbox.unchanged",
    });
  },
);
