import "server-only";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { getPublicStats } from "@/lib/stats/get-public-stats";
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
 * (LiveCounterFigures).
 */
export async function SupporterCounter({
  tone = "light",
  id = "supporter-counter",
}: SupporterCounterProps) {
  // The count changes all the time: render per request (the data cache keeps that cheap).
  await connection();
  const [stats, t, messages] = await Promise.all([
    getPublicStats(),
    getTranslations("SupporterCounter"),
    getMessages(),
  ]);
  const count = stats.pledges;
  const dark = tone === "dark";

  return (
    <div data-pledge-count={count} className="max-w-xl">
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
