import "server-only";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { getPublicStatsForPage } from "@/lib/stats/get-public-stats";
import { LiveCounterFigures } from "./live-counter-figures";

type SupporterCounterProps = {
  /** "dark" on the home page's blue band, "light" on white. */
  tone?: "light" | "dark";
  /** Unique on the page; labels the progress bar. */
  id?: string;
};

/**
 * The public number of pledges with the next goal: read through the cached public stats, so it is
 * at most a few seconds old and costs a handful of rows to compute; then kept live in the browser
 * (LiveCounterFigures). The pages that show it are cached for as long (decision 034); when the
 * figures cannot be read the counter says so, and the browser fills it in once they can.
 */
export async function SupporterCounter({
  tone = "light",
  id = "supporter-counter",
}: SupporterCounterProps) {
  const [stats, t, messages] = await Promise.all([
    getPublicStatsForPage(),
    getTranslations("SupporterCounter"),
    getMessages(),
  ]);
  const count = stats?.pledges ?? null;
  const dark = tone === "dark";

  return (
    <div data-pledge-count={count ?? undefined} className="max-w-xl">
      <p
        id={`${id}-label`}
        className={`text-base font-semibold ${dark ? "text-heart-100" : "text-heart-700"}`}
      >
        {t("label")}
      </p>
      <NextIntlClientProvider messages={{ SupporterCounter: messages.SupporterCounter }}>
        <LiveCounterFigures
          id={id}
          initialCount={count}
          milestones={env.PLEDGE_GOALS}
          dark={dark}
        />
      </NextIntlClientProvider>
      <p className={`mt-3 text-sm ${dark ? "text-heart-100" : "text-ink-muted"}`}>
        {t("countingRule")}
      </p>
    </div>
  );
}
