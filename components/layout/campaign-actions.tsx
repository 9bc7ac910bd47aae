import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

type CampaignActionsProps = {
  /** The live supporter counter. */
  counter?: ReactNode;
  /** Calls to action (pledge, donate). */
  actions?: ReactNode;
};

/**
 * The home page's "How you can help" section: the counter and the calls to action the page passes
 * in, then ways to help that need nothing of this site.
 */
export function CampaignActions({ counter, actions }: CampaignActionsProps) {
  const t = useTranslations("CampaignActions");
  const ways = [
    { id: "learn", title: t("learnTitle"), text: t("learnText"), href: "/learn-the-signs" },
    { id: "wear", title: t("wearTitle"), text: t("wearText") },
    { id: "worldDay", title: t("worldDayTitle"), text: t("worldDayText") },
  ];
  return (
    <section
      aria-labelledby="campaign-actions-heading"
      data-slot="campaign-actions"
      className="rounded-2xl bg-heart-900 p-6 text-white sm:p-10 [&_:focus-visible]:outline-white"
    >
      <h2 id="campaign-actions-heading" className="text-2xl font-semibold sm:text-3xl">
        {t("heading")}
      </h2>
      <p className="mt-3 max-w-[60ch] text-lg/relaxed text-heart-100">{t("intro")}</p>
      {counter === undefined ? null : <div className="mt-6">{counter}</div>}
      {actions === undefined ? null : <div className="mt-6 flex flex-wrap gap-3">{actions}</div>}
      <ul className="mt-8 grid gap-6 sm:grid-cols-2">
        {ways.map((way) => (
          <li key={way.id}>
            <h3 className="text-lg font-semibold">{way.title}</h3>
            <p className="mt-1 text-base/relaxed text-heart-100">{way.text}</p>
            {"href" in way && way.href !== undefined ? (
              <p className="mt-2">
                <Link
                  href={way.href}
                  className="font-medium text-white underline underline-offset-4"
                >
                  {t("learnLink")}
                </Link>
              </p>
            ) : null}
          </li>
        ))}
        <li>
          <h3 className="text-lg font-semibold">{t("supportTitle")}</h3>
          <p className="mt-1 text-base/relaxed text-heart-100">{t("supportText")}</p>
          <p className="mt-2">
            <Link
              href="/where-donations-go"
              className="font-medium text-white underline underline-offset-4"
            >
              {t("supportLink")}
            </Link>
          </p>
        </li>
      </ul>
    </section>
  );
}
