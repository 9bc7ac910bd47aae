import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The home page's "Donate" button, beside "Sign the pledge" on the dark campaign band. */
export function DonateCallToAction() {
  const t = useTranslations("DonateNav");
  return (
    <Link
      href="/donate"
      className="inline-block rounded-md border-2 border-white px-6 py-2.5 text-lg font-semibold text-white no-underline hover:bg-heart-800"
    >
      {t("donate")}
    </Link>
  );
}
