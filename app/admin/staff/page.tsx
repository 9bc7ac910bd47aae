import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddStaffForm } from "@/components/admin/add-staff-form";
import { FlashNotice } from "@/components/admin/flash-notice";
import { addStaffMember, changeStaffMember } from "@/components/admin/staff-actions";
import {
  captionClass,
  TableScroll,
  tableClass,
  tdClass,
  thClass,
} from "@/components/admin/table-scroll";
import { listStaff } from "@/lib/admin/list-staff";
import { requireRole } from "@/lib/auth/require-role";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.staff" });
  return { title: t("title") };
}

export default async function StaffPage() {
  const me = await requireRole("ADMIN", "/admin/staff");
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  const staff = await listStaff();

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-heart-900">{t("staff.title")}</h1>
      <FlashNotice />
      <TableScroll labelledBy="staff-caption">
        <table className={tableClass}>
          <caption id="staff-caption" className={captionClass}>
            {t("staff.caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                {t("staff.email")}
              </th>
              <th scope="col" className={thClass}>
                {t("staff.name")}
              </th>
              <th scope="col" className={thClass}>
                {t("staff.role")}
              </th>
              <th scope="col" className={thClass}>
                {t("staff.status")}
              </th>
              <th scope="col" className={thClass}>
                {t("staff.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id}>
                <th scope="row" className={`${tdClass} font-medium break-all`}>
                  {member.email} {member.id === me.id ? t("staff.you") : null}
                </th>
                <td className={tdClass}>{member.name ?? t("common.none")}</td>
                <td className={tdClass}>
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
                      <option value="REVIEWER">{t("roles.REVIEWER")}</option>
                      <option value="ADMIN">{t("roles.ADMIN")}</option>
                    </select>
                    <button
                      type="submit"
                      className="rounded-md border border-heart-800 px-3 py-1.5 font-medium text-heart-900"
                    >
                      {t("staff.saveRole")}
                    </button>
                  </form>
                </td>
                <td className={tdClass}>
                  {member.active ? t("staff.active") : t("staff.disabled")}
                </td>
                <td className={tdClass}>
                  <form action={changeStaffMember}>
                    <input type="hidden" name="change" value="active" />
                    <input type="hidden" name="userId" value={member.id} />
                    <input type="hidden" name="active" value={member.active ? "false" : "true"} />
                    <button
                      type="submit"
                      aria-label={`${member.active ? t("staff.disable") : t("staff.enable")} ${member.email}`}
                      className={`rounded-md border px-3 py-1.5 font-medium ${
                        member.active
                          ? "border-red-800 text-red-900"
                          : "border-heart-800 text-heart-900"
                      }`}
                    >
                      {member.active ? t("staff.disable") : t("staff.enable")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <AddStaffForm
        action={addStaffMember}
        labels={{
          title: t("staff.addTitle"),
          email: t("staff.email"),
          name: t("staff.name"),
          role: t("staff.role"),
          password: t("staff.password"),
          passwordHint: t("staff.passwordHint"),
          add: t("staff.add"),
          roles: { ADMIN: t("roles.ADMIN"), REVIEWER: t("roles.REVIEWER") },
        }}
      />
    </div>
  );
}
