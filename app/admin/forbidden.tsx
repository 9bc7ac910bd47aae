import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Rendered with HTTP 403 when a signed-in REVIEWER opens a page or calls an action that needs an
// ADMIN (requireRole calls forbidden()). Signed-out visitors are sent to sign in instead.
export default async function Forbidden() {
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
