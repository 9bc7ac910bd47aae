import { createTranslator } from "next-intl";
import type { UnLocale } from "@/i18n/routing";
import { loadSiteMessages } from "@/i18n/site-messages";
import { textDirection } from "@/lib/campaign/text-direction";

/**
 * What a member of the public who lands on the staff sign-in page reads, in their language (from
 * Accept-Language, i18n/visitor-locale.ts): that this is the staff area, that it is in English, and
 * the way to the public site in that language. Marked with its own lang and dir, since the page
 * around it is English (docs/decisions/025-staff-notice.md).
 */
export async function StaffNotice({ locale }: { locale: UnLocale }) {
  const t = createTranslator({
    locale,
    messages: await loadSiteMessages(locale),
    namespace: "StaffNotice",
  });
  return (
    <section
      lang={locale}
      dir={textDirection(locale)}
      aria-labelledby="staff-notice-title"
      data-testid="staff-notice"
      className="mx-auto mb-6 max-w-md rounded-lg border border-heart-200 bg-heart-50 p-4 text-start"
    >
      <h2 id="staff-notice-title" className="font-semibold text-heart-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-ink-muted">{t("body")}</p>
      <p className="mt-2">
        <a href={`/${locale}`} className="font-medium text-heart-800 underline">
          {t("back")}
        </a>
      </p>
    </section>
  );
}
