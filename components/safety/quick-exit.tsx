"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";

/** Shift presses that trigger the exit, and how long each press keeps the count alive. */
export const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

/**
 * Covers the page at once (a class on <html>, styled in globals.css: no inline style, which the
 * Content-Security-Policy forbids) and replaces this history entry with the neutral site, so Back
 * does not return here.
 */
function leave(url: string) {
  document.documentElement.classList.add("quick-exit-active");
  window.location.replace(url);
}

/**
 * The quick-exit bar, first after the skip link on every public page. Without JavaScript the
 * button is a plain link to the same site (rel="noreferrer": the site is not told where the visitor
 * came from). docs/decisions/017-safety-features.md.
 */
export function QuickExit({ url }: { url: string }) {
  const t = useTranslations("QuickExit");
  const [remaining, setRemaining] = useState<number | null>(null);
  const presses = useRef(0);
  // Set once the Shift listener is attached: before hydration, only the link works (a test, or a
  // script of the operator's, can wait for it).
  const [listening, setListening] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      presses.current = 0;
      setRemaining(null);
      clearTimeout(timer);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // Shift on its own, not held down (a held key repeats) and not as a modifier (Shift+A sends
      // A, which resets the count). Escape is left alone: it stops page loads and closes menus.
      if (event.key !== "Shift") {
        if (presses.current > 0) reset();
        return;
      }
      if (event.repeat) return;
      presses.current += 1;
      clearTimeout(timer);
      if (presses.current >= SHIFT_PRESSES) {
        reset();
        leave(url);
        return;
      }
      setRemaining(SHIFT_PRESSES - presses.current);
      timer = setTimeout(reset, SHIFT_WINDOW_MS);
    };
    // Coming Back to a page kept in the browser's memory: uncover it.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) document.documentElement.classList.remove("quick-exit-active");
    };
    document.addEventListener("keydown", onKeyDown);
    window.addEventListener("pageshow", onPageShow);
    setListening(true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [url]);

  return (
    <aside
      aria-label={t("barLabel")}
      data-quick-exit-bar=""
      data-quick-exit-listening={listening ? "" : undefined}
      className="border-b border-heart-100 bg-heart-50 print:hidden sm:sticky sm:top-0 sm:z-40"
    >
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 sm:flex-nowrap sm:px-6">
        <a
          href={url}
          rel="noreferrer"
          data-quick-exit=""
          aria-describedby="quick-exit-description"
          onClick={(event) => {
            // A middle or modified click would open a tab and leave this page showing.
            event.preventDefault();
            leave(url);
          }}
          className="shrink-0 rounded-md bg-heart-800 px-4 py-2 font-semibold text-white no-underline hover:bg-heart-900"
        >
          <span className="sr-only">{t("buttonHiddenPrefix")} </span>
          {t("button")}
        </a>
        <p id="quick-exit-description" className="text-sm text-ink-muted">
          {t("description")}{" "}
          <Link href="/staying-safe-online" className="text-heart-800 underline">
            {t("safetyLink")}
          </Link>
        </p>
        <p aria-live="polite" className="sr-only" data-quick-exit-progress="">
          {remaining === null ? "" : t("shiftProgress", { remaining })}
        </p>
      </div>
    </aside>
  );
}
