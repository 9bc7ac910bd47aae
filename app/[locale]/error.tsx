"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

// A client component because React error boundaries run in the browser.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Error");

  useEffect(() => {
    // The server already logged the details; this leaves a trace for whoever opens the console.
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-16 sm:px-6 sm:py-24">
      <h1 className="text-3xl font-bold text-heart-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-[60ch] text-lg/relaxed text-ink-muted">{t("text")}</p>
      <button
        type="button"
        onClick={() => retry()}
        className="mt-8 rounded-md bg-heart-800 px-5 py-3 font-semibold text-white hover:bg-heart-900"
      >
        {t("retry")}
      </button>
    </div>
  );
}
