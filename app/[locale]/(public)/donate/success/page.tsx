import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { enterLocale } from "@/lib/campaign/enter-locale";
import { issueSuccessManageLink } from "@/lib/donations/issue-success-manage-link";
import { MANAGE_LINK_TTL_MINUTES } from "@/lib/donations/manage-token";
import { readSuccessOutcome, type SuccessOutcome } from "@/lib/donations/read-success-outcome";
import { log } from "@/lib/log";
import { formatMoney } from "@/lib/money/format-money";
import { retryAfterMinutes } from "@/lib/rate-limit/consume-rate-limit";
import { refuse } from "@/lib/result";
import { clientIp, hashIp } from "@/lib/security/client-ip";

type Props = PageProps<"/[locale]/donate/success">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "DonateSuccess" });
  // A personal receipt page: keep it out of search results.
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

const SESSION_ID = /^cs_[A-Za-z0-9_]{1,250}$/;

/**
 * Where Stripe sends the donor after paying. It fulfils the session itself, through the same
 * idempotent function as the webhook, so the donor sees the outcome even before the webhook
 * arrives, and the payment is still recorded once.
 */
export default async function DonateSuccessPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const { session_id: sessionId } = await searchParams;
  const t = await getTranslations({ locale, namespace: "DonateSuccess" });

  let outcome: SuccessOutcome | "error" = refuse("unknownDonation");
  if (typeof sessionId === "string" && SESSION_ID.test(sessionId)) {
    const ipHash = hashIp(clientIp(await headers()));
    outcome = await readSuccessOutcome(sessionId, ipHash).catch((error: unknown) => {
      log.error({ err: error }, "donate: the success page could not fulfil its session");
      return "error" as const;
    });
  }

  let title: string;
  let text: string;
  let state: string;
  // A paid monthly gift: its manage link, the first time only (decision 029).
  let manage: { link: string | null } | null = null;
  if (outcome === "error") {
    [state, title, text] = ["error", t("errorTitle"), t("errorText")];
  } else if (!outcome.ok && outcome.error.code === "rateLimited") {
    const minutes = retryAfterMinutes(outcome.error.retryAfterSeconds);
    [state, title, text] = [
      "rateLimited",
      t("rateLimitedTitle"),
      t("rateLimitedText", { minutes }),
    ];
  } else if (!outcome.ok) {
    [state, title, text] = ["unknown", t("unknownTitle"), t("unknownText")];
  } else {
    const donation = outcome.value;
    const amount = formatMoney(donation.amount, donation.currency, locale);
    switch (donation.status) {
      case "PAID":
        state = "paid";
        title = t("paidTitle");
        text =
          donation.frequency === "MONTHLY"
            ? t("paidMonthlyText", { amount })
            : t("paidText", { amount });
        if (donation.frequency === "MONTHLY") {
          const link = await issueSuccessManageLink(donation, locale).catch((error: unknown) => {
            log.error({ err: error }, "donate: could not make the manage link of a monthly gift");
            return null;
          });
          manage = { link };
        }
        break;
      case "PROCESSING":
        [state, title, text] = [
          "processing",
          t("processingTitle"),
          t("processingText", { amount }),
        ];
        break;
      case "FAILED":
        [state, title, text] = ["failed", t("failedTitle"), t("failedText")];
        break;
      case "EXPIRED":
      case "CANCELLED":
        [state, title, text] = ["ended", t("endedTitle"), t("endedText")];
        break;
      default:
        [state, title, text] = ["pending", t("pendingTitle"), t("pendingText")];
    }
  }

  return (
    <>
      <PageHeader title={title} lead={text} />
      <Container className="space-y-8 py-12">
        {manage ? (
          <section aria-labelledby="manage-heading" className="max-w-prose space-y-2">
            <h2 id="manage-heading" className="text-xl font-semibold text-heart-900">
              {t("manageHeading")}
            </h2>
            {manage.link ? (
              <>
                <p>{t("manageText", { minutes: MANAGE_LINK_TTL_MINUTES })}</p>
                <p>
                  <a
                    href={manage.link}
                    data-testid="manage-link"
                    className="font-medium text-heart-800 underline"
                  >
                    {t("manageLink")}
                  </a>
                </p>
              </>
            ) : (
              <p>
                {t("manageLater")}{" "}
                <Link href="/donate/manage" className="font-medium text-heart-800 underline">
                  {t("manageLink")}
                </Link>
              </p>
            )}
          </section>
        ) : null}
        <p data-testid="donation-outcome" data-state={state} className="flex flex-wrap gap-6">
          <Link href="/donate" className="font-medium text-heart-800 underline">
            {t("donateAgain")}
          </Link>
          <Link href="/where-donations-go" className="font-medium text-heart-800 underline">
            {t("whereDonationsGoLink")}
          </Link>
        </p>
      </Container>
    </>
  );
}
