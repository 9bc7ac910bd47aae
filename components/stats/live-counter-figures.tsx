"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { nextGoal } from "@/lib/stats/next-goal";
import { useLivePledgeCount } from "./use-live-pledge-count";

/** A screen reader hears the new count at most this often, however fast people sign. */
export const ANNOUNCE_INTERVAL_MS = 5000;

type Props = {
  id: string;
  /** Null when the page could not read it: the counter says so until the browser hears one. */
  initialCount: number | null;
  milestones: readonly number[];
  dark: boolean;
};

/**
 * The counter's number, sentence, bar and goal, rendered on the server with the count of the
 * request (so it is all there without JavaScript) and kept live in the browser. The visible number
 * is not a live region: a separate, visually hidden one says the count politely, at most every
 * five seconds. The bar eases to its new width unless the visitor asks for reduced motion.
 */
export function LiveCounterFigures({ id, initialCount, milestones, dark }: Props) {
  const t = useTranslations("SupporterCounter");
  const format = useFormatter();
  const live = useLivePledgeCount(initialCount);
  const count = live ?? 0;
  const goal = nextGoal(count, milestones);
  const percent = Math.min(100, Math.round((count / goal) * 100));

  const [announced, setAnnounced] = useState<number | null>(null);
  const lastAnnouncement = useRef(0);
  useEffect(() => {
    if (live === null || (live === initialCount && announced === null)) return;
    const wait = Math.max(0, lastAnnouncement.current + ANNOUNCE_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => {
      lastAnnouncement.current = Date.now();
      setAnnounced(count);
    }, wait);
    return () => clearTimeout(timer);
  }, [count, live, initialCount, announced]);

  if (live === null) {
    return <p className={`mt-1 text-lg ${dark ? "text-white" : "text-ink"}`}>{t("unavailable")}</p>;
  }

  return (
    <>
      <p
        data-live-count={count}
        className={`mt-1 text-4xl font-bold tabular-nums ${dark ? "text-white" : "text-heart-900"}`}
      >
        {format.number(count)}
      </p>
      <p className={`mt-1 text-lg ${dark ? "text-white" : "text-ink"}`}>{t("count", { count })}</p>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-counter-announcement>
        {announced === null ? "" : t("count", { count: announced })}
      </p>
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
            className={`${dark ? "fill-white" : "fill-heart-600"} motion-safe:transition-[width] motion-safe:duration-700`}
          />
        </svg>
      </div>
      <p className={`mt-2 text-base ${dark ? "text-heart-100" : "text-ink-muted"}`}>
        {t("goal", { goal })}
      </p>
    </>
  );
}
