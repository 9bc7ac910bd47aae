"use server";
// Staff management (ADMIN only), through staffAction: the role first, then the form's schema.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionRefusal } from "@/lib/actions/define-action";
import { staffAction } from "@/lib/actions/staff-action";
import { changeStaffAccess } from "@/lib/admin/change-staff-access";
import { createStaffUser, StaffEmailTaken } from "@/lib/admin/create-staff-user";
import { redirectWithNotice } from "@/lib/admin/flash-notice";
import { newStaffSchema, staffRoleSchema } from "@/lib/admin/staff-input";

const STAFF_PATH = "/admin/staff";
const FIELDS = ["email", "name", "role", "password"] as const;
type StaffField = (typeof FIELDS)[number];

export interface AddStaffState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Partial<Record<StaffField, string>>;
  values?: { email: string; name: string; role: string };
}

// A field left out of the post reads as empty, so it gets the same message as an empty input.
const addStaffSchema = z.preprocess(
  (fields) => ({
    email: "",
    name: "",
    role: "",
    password: "",
    ...(typeof fields === "object" && fields !== null ? fields : {}),
  }),
  newStaffSchema,
);

function valuesOf(form: FormData | null): NonNullable<AddStaffState["values"]> {
  const text = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value.slice(0, 1000) : "";
  };
  return { email: text("email"), name: text("name"), role: text("role") };
}

async function refuseNewStaff(refusal: ActionRefusal): Promise<AddStaffState> {
  const fieldErrors: AddStaffState["fieldErrors"] = {};
  for (const field of FIELDS) {
    const message = refusal.fieldErrors[field];
    if (message) fieldErrors[field] = message;
  }
  if (refusal.kind === "malformed") {
    const t = await getTranslations({ locale: "en", namespace: "Admin.staff" });
    fieldErrors.email = t("invalid");
  }
  return { fieldErrors, values: valuesOf(refusal.form) };
}

export const addStaffMember = staffAction(
  "ADMIN",
  { returnTo: STAFF_PATH, schema: addStaffSchema, refuse: refuseNewStaff },
  async ({ input, form, user, ipHash }): Promise<AddStaffState> => {
    const t = await getTranslations({ locale: "en", namespace: "Admin.staff" });
    try {
      await createStaffUser(input, user, { ipHash });
    } catch (error) {
      if (error instanceof StaffEmailTaken) {
        return { fieldErrors: { email: t("emailTaken") }, values: valuesOf(form) };
      }
      throw error;
    }
    revalidatePath(STAFF_PATH);
    return { ok: true, message: t("added") };
  },
);

const changeSchema = z.discriminatedUnion("change", [
  z.object({ change: z.literal("role"), userId: z.uuid(), role: staffRoleSchema }),
  z.object({ change: z.literal("active"), userId: z.uuid(), active: z.enum(["true", "false"]) }),
]);

/** Role change or disable/enable; a plain form post that redirects back (works without JS). */
export const changeStaffMember = staffAction(
  "ADMIN",
  {
    returnTo: STAFF_PATH,
    schema: changeSchema,
    refuse: () => redirectWithNotice(STAFF_PATH, { key: "staff.invalid" }),
  },
  async ({ input, user, ipHash }) => {
    const change =
      input.change === "role" ? { role: input.role } : { active: input.active === "true" };
    const result = await changeStaffAccess(input.userId, change, user, ipHash);
    revalidatePath("/admin", "layout");
    return redirectWithNotice(STAFF_PATH, {
      key: result.ok
        ? "staff.updated"
        : result.error.code === "lastAdmin"
          ? "staff.lastAdmin"
          : "staff.notFound",
    });
  },
);
