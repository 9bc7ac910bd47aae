import "server-only";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { getPublicStats } from "@/lib/stats/get-public-stats";
import { nextGoal } from "@/lib/stats/next-goal";

type SupporterCounterProps = {
  /** "dark" on the home page's blue band, "light" on white. */
  tone?: "light" | "dark";
  /** Unique on the page; labels the progress bar. */
  id?: string;
};

/**
 * The public number of pledges with the next goal: read through the cached public stats, so it is
 * at most a few seconds old and costs a handful of rows to compute.
 */
export async function SupporterCounter({
  tone = "light",
  id = "supporter-counter",
}: SupporterCounterProps) {
  // The count changes all the time: render per request (the data cache keeps that cheap).
  await connection();
  const [stats, t, format] = await Promise.all([
    getPublicStats(),
    getTranslations("SupporterCounter"),
    getFormatter(),
  ]);
  const count = stats.pledges;
  const goal = nextGoal(count, env.PLEDGE_GOALS);
  const percent = Math.min(100, Math.round((count / goal) * 100));
  const dark = tone === "dark";

  return (
    <div data-pledge-count={count} className="max-w-xl">
      <p
        id={`${id}-label`}
        className={`text-base font-semibold ${dark ? "text-heart-100" : "text-heart-700"}`}
      >
        {t("label")}
      </p>
      <p
        className={`mt-1 text-4xl font-bold tabular-nums ${dark ? "text-white" : "text-heart-900"}`}
      >
        {format.number(count)}
      </p>
      <p className={`mt-1 text-lg ${dark ? "text-white" : "text-ink"}`}>{t("count", { count })}</p>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={count}
        aria-valuetext={t("progress", { count, goal })}
        className={`mt-4 h-3 overflow-hidden rounded-full ${dark ? "bg-heart-800" : "bg-heart-100"}`}
      >
        {/* The bar is drawn in SVG: its width is an attribute, not an inline style, which the
            Content-Security-Policy would refuse (style-src 'self', decision 014). It fills from
            the start of the line: mirrored in a right-to-left language. */}
        <svg className="block h-full w-full rtl:-scale-x-100" aria-hidden="true" focusable="false">
          <rect
            width={`${percent}%`}
            height="100%"
            rx="6"
            className={dark ? "fill-white" : "fill-heart-600"}
          />
        </svg>
      </div>
      <p className={`mt-2 text-base ${dark ? "text-heart-100" : "text-ink-muted"}`}>
        {t("goal", { goal })}
      </p>
      <p className={`mt-3 text-sm ${dark ? "text-heart-100" : "text-ink-muted"}`}>
        {t("countingRule")}
      </p>
    </div>
  );
}
