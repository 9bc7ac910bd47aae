"use server";
// Staff management (ADMIN only). Each action checks the role itself: anyone can POST to it.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { changeStaffAccess } from "@/lib/admin/change-staff-access";
import { createStaffUser, StaffEmailTaken } from "@/lib/admin/create-staff-user";
import { newStaffSchema, staffRoleSchema } from "@/lib/admin/staff-input";
import { requireRole } from "@/lib/auth/require-role";
import { clientIp, hashIp } from "@/lib/security/client-ip";

export interface AddStaffState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Partial<Record<"email" | "name" | "role" | "password", string>>;
  values?: { email: string; name: string; role: string };
}

async function requestIpHash(): Promise<string> {
  return hashIp(clientIp(await headers()));
}

export async function addStaffMember(
  _previous: AddStaffState,
  formData: FormData,
): Promise<AddStaffState> {
  const admin = await requireRole("ADMIN", "/admin/staff");
  const t = await getTranslations({ locale: "en", namespace: "Admin.staff" });
  const values = {
    email: String(formData.get("email") ?? ""),
    name: String(formData.get("name") ?? ""),
    role: String(formData.get("role") ?? ""),
  };
  const parsed = newStaffSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fieldErrors: AddStaffState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (key === "email" || key === "name" || key === "role" || key === "password") {
        fieldErrors[key] ??= issue.message;
      }
    }
    return { fieldErrors, values };
  }
  try {
    await createStaffUser(parsed.data, admin, { ipHash: await requestIpHash() });
  } catch (error) {
    if (error instanceof StaffEmailTaken) {
      return { fieldErrors: { email: t("emailTaken") }, values };
    }
    throw error;
  }
  revalidatePath("/admin/staff");
  return { ok: true, message: t("added") };
}

const changeSchema = z.discriminatedUnion("change", [
  z.object({ change: z.literal("role"), userId: z.uuid(), role: staffRoleSchema }),
  z.object({ change: z.literal("active"), userId: z.uuid(), active: z.enum(["true", "false"]) }),
]);

/** Role change or disable/enable; a plain form post that redirects back (works without JS). */
export async function changeStaffMember(formData: FormData): Promise<void> {
  const admin = await requireRole("ADMIN", "/admin/staff");
  const parsed = changeSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) redirect("/admin/staff?notice=invalid");
  const change =
    parsed.data.change === "role"
      ? { role: parsed.data.role }
      : { active: parsed.data.active === "true" };
  const result = await changeStaffAccess(parsed.data.userId, change, admin, await requestIpHash());
  revalidatePath("/admin", "layout");
  redirect(`/admin/staff?notice=${result.ok ? "updated" : result.reason}`);
}
