import "server-only";
import { getTranslations } from "next-intl/server";
import { getDonationConfig } from "@/lib/donations/get-donation-config";
import { formatMoney } from "@/lib/money/format-money";
import { getPublicStatsForPage } from "@/lib/stats/get-public-stats";

type DonationTotalsProps = {
  locale: string;
  /** "panel": a box of its own (donate page); "band": on the home page's dark campaign band. */
  tone?: "panel" | "band";
};

/** Donors and money raised (paid, minus refunds), in the account's settlement currency. */
export async function DonationTotals({ locale, tone = "panel" }: DonationTotalsProps) {
  const [stats, t] = await Promise.all([getPublicStatsForPage(), getTranslations("Donate")]);
  if (stats === null) return null;
  const currency = getDonationConfig().settlementCurrency;
  const raised = stats.raised[currency.toUpperCase()] ?? 0;
  return (
    <section
      aria-labelledby="donation-totals-heading"
      className={
        tone === "panel"
          ? "rounded-lg bg-heart-900 p-6 text-white"
          : "mt-6 max-w-xl border-t border-heart-800 pt-6 text-white"
      }
    >
      <h2 id="donation-totals-heading" className="text-base font-semibold text-heart-100">
        {t("totalsHeading")}
      </h2>
      <p
        className="mt-2 text-3xl font-bold tabular-nums"
        data-testid="donation-raised"
        data-raised={raised}
      >
        {t("raised", { amount: formatMoney(raised, currency, locale) })}
      </p>
      <p
        className="mt-1 text-lg tabular-nums"
        data-testid="donation-donors"
        data-donors={stats.donors}
      >
        {t("donors", { count: stats.donors })}
      </p>
      <p className="mt-2 text-base text-heart-100">{t("totalsRule")}</p>
    </section>
  );
}
