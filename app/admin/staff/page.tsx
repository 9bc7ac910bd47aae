import { getMessages, getTranslations } from "next-intl/server";
import { AddStaffForm } from "@/components/admin/add-staff-form";
import { PageTitle } from "@/components/admin/page-title";
import { addStaffMember, changeStaffMember } from "@/components/admin/staff-actions";
import { Button } from "@/components/ui/button";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { FormButton } from "@/components/ui/form-button";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { listStaff } from "@/lib/admin/list-staff";
import { requireRole } from "@/lib/auth/require-role";
import type { Role } from "@/lib/generated/prisma/enums";

export const generateMetadata = adminPageTitle("staff");

// The least access first, so a slip of the keyboard grants less.
const ROLE_ORDER = ["REVIEWER", "ADMIN"] as const satisfies readonly Role[];

export default async function StaffPage() {
  const me = await requireRole("ADMIN", "/admin/staff");
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const staff = await listStaff();
  const messages = (await getMessages({ locale: "en" })).Admin;

  return (
    <div className="space-y-6">
      <PageTitle title={t("staff.title")} />
      <DataTable
        id="staff-caption"
        caption={t("staff.caption")}
        columns={(["email", "name", "role", "status", "actions"] as const).map((key) =>
          t(`staff.${key}`),
        )}
        rows={staff}
      >
        {(member) => (
          <>
            <RowHeader className="font-medium break-all">
              {member.email} {member.id === me.id ? t("staff.you") : null}
            </RowHeader>
            <Cell>{member.name ?? t("common.none")}</Cell>
            <Cell>
              <form action={changeStaffMember} className="flex flex-wrap items-center gap-2">
                <input type="hidden" name="change" value="role" />
                <input type="hidden" name="userId" value={member.id} />
                <label htmlFor={`role-${member.id}`} className="sr-only">
                  {t("staff.changeRole", { email: member.email })}
                </label>
                <select
                  id={`role-${member.id}`}
                  name="role"
                  defaultValue={member.role}
                  className="rounded-md border border-ink-muted bg-white px-2 py-1.5"
                >
                  {ROLE_ORDER.map((role) => (
                    <option key={role} value={role}>
                      {t(`roles.${role}`)}
                    </option>
                  ))}
                </select>
                <Button variant="secondary" size="sm">
                  {t("staff.saveRole")}
                </Button>
              </form>
            </Cell>
            <Cell>{member.active ? t("staff.active") : t("staff.disabled")}</Cell>
            <Cell>
              <FormButton
                action={changeStaffMember}
                fields={{
                  change: "active",
                  userId: member.id,
                  active: member.active ? "false" : "true",
                }}
                variant={member.active ? "danger" : "secondary"}
                size="sm"
                aria-label={`${member.active ? t("staff.disable") : t("staff.enable")} ${member.email}`}
              >
                {member.active ? t("staff.disable") : t("staff.enable")}
              </FormButton>
            </Cell>
          </>
        )}
      </DataTable>
      <AddStaffForm
        action={addStaffMember}
        // Plain texts, no placeholders: the form shows them as they are.
        labels={{ ...messages.staff, roles: messages.roles }}
      />
    </div>
  );
}
