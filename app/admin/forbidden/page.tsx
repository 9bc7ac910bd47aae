import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/require-role";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.forbidden" });
  return { title: t("title") };
}

// Where a REVIEWER lands after opening an ADMIN page. Signed-out visitors go to sign-in instead.
export default async function ForbiddenPage() {
  await requireRole("REVIEWER", "/admin");
  const t = await getTranslations({ locale: "en", namespace: "Admin.forbidden" });
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-2xl font-bold text-heart-900">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/admin" className="font-medium text-heart-800 underline">
        {t("back")}
      </Link>
    </div>
  );
}
