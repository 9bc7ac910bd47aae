import "server-only";
import { getTranslations } from "next-intl/server";
import { isTestMode } from "@/lib/stripe";

/**
 * A band across every page while payments are simulated (the offline Stripe emulator, or Stripe
 * test keys), so nobody mistakes the site for one that takes real money. Pages prerendered at
 * build time show it when the build ran in test mode; rendered pages follow the running server.
 */
export async function TestModeBanner() {
  if (!isTestMode()) return null;
  const t = await getTranslations("TestModeBanner");
  return (
    <div
      data-testid="test-mode-banner"
      className="border-b-2 border-amber-700 bg-amber-100 px-4 py-1.5 text-center text-sm font-semibold text-black sm:py-2 sm:text-base"
    >
      {/* One line on a phone: the warning alone; the card to use where there is room for it. */}
      <span className="sm:hidden">{t("short")}</span>
      <span className="hidden sm:inline">
        {t.rich("text", {
          // The card number stays in its groups, left to right, in a right-to-left sentence too.
          card: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
        })}
      </span>
    </div>
  );
}
