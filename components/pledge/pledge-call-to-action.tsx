import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The home page's "Sign the pledge" button, on the dark campaign band. */
export function PledgeCallToAction() {
  const t = useTranslations("SupporterCounter");
  return (
    <Link
      href="/pledge"
      className="inline-block rounded-md bg-white px-6 py-3 text-lg font-semibold text-heart-900 no-underline hover:bg-heart-50"
    >
      {t("cta")}
    </Link>
  );
}
