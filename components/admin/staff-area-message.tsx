import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A staff-area page that only explains why there is nothing to show, with the way back. */
export async function StaffAreaMessage({ reason }: { reason: "forbidden" | "notFound" }) {
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-2xl font-bold text-heart-900">{t(`${reason}.title`)}</h1>
      <p>{t(`${reason}.body`)}</p>
      <Link href="/admin" className="font-medium text-heart-800 underline">
        {t(`${reason}.back`)}
      </Link>
    </div>
  );
}
