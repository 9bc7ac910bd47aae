import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

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
      {newestHref ? <TextLink href={newestHref}>{t("previous")}</TextLink> : null}
      {olderHref ? <TextLink href={olderHref}>{t("next")}</TextLink> : null}
    </nav>
  );
}
