import Link from "next/link";
import { getTranslations } from "next-intl/server";

type CursorPaginationProps = {
  /** The first page, when the list is not on it. */
  newestHref: string | null;
  /** The next, older page, when there is one. */
  olderHref: string | null;
};

/** Forward-only keyset pages: "Older" and "Back to the newest" (fast at any depth). */
export async function CursorPagination({ newestHref, olderHref }: CursorPaginationProps) {
  const t = await getTranslations({ locale: "en", namespace: "Admin.common" });
  return (
    <nav aria-label={t("pagination")} className="flex gap-4">
      {newestHref ? (
        <Link href={newestHref} className="font-medium text-heart-800 underline">
          {t("previous")}
        </Link>
      ) : null}
      {olderHref ? (
        <Link href={olderHref} className="font-medium text-heart-800 underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
