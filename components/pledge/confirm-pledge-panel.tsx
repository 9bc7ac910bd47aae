import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { readPledgeConfirmation } from "@/lib/pledges/read-pledge-confirmation";
import { confirmPledgeFromLink } from "./confirm-pledge-actions";

const RESULTS = ["confirmed", "already", "invalid", "unavailable"] as const;
type Shown = (typeof RESULTS)[number] | "pending";

const linkClass = "font-medium text-heart-800 underline";

/**
 * The confirmation page. With a link's `?token=`, it reads the link (changing nothing) and shows
 * the "Confirm my pledge" button, a plain form that works without JavaScript; after the POST, the
 * action's `?result=` says what happened.
 */
export async function ConfirmPledgePanel({
  locale,
  token,
  result,
}: {
  locale: AppLocale;
  token: string | string[] | undefined;
  result: string | string[] | undefined;
}) {
  const t = await getTranslations({ locale, namespace: "PledgeConfirm" });
  const tPledge = await getTranslations({ locale, namespace: "Pledge" });
  const after = RESULTS.find((candidate) => candidate === result);
  const shown: Shown = after ?? (await readPledgeConfirmation(token));

  if (shown === "pending") {
    return (
      <>
        <PageHeader title={t("title")} lead={t("lead")} />
        <Container className="space-y-8 py-12">
          <blockquote className="max-w-[60ch] border-s-4 border-heart-600 ps-4 text-lg/relaxed">
            {tPledge("pledgeText")}
          </blockquote>
          <form action={confirmPledgeFromLink} data-testid="confirm-pledge-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={typeof token === "string" ? token : ""} />
            <Button variant="campaign" size="lg">
              {t("button")}
            </Button>
          </form>
        </Container>
      </>
    );
  }

  const title =
    shown === "confirmed"
      ? t("confirmedTitle")
      : shown === "already"
        ? t("alreadyTitle")
        : t("invalidTitle");
  const text = shown === "unavailable" ? tPledge("unavailable", { seconds: 30 }) : t(shown);
  return (
    <>
      <PageHeader
        title={title}
        lead={
          <span role="status" data-testid="confirm-result" data-result={shown}>
            {text}
          </span>
        }
      />
      <Container className="py-12">
        <p className="text-lg">
          {shown === "confirmed" || shown === "already" ? (
            <Link href="/supporters" className={linkClass}>
              {t("wallLink")}
            </Link>
          ) : (
            <Link href="/pledge" className={linkClass}>
              {t("signAgain")}
            </Link>
          )}
        </p>
      </Container>
    </>
  );
}
