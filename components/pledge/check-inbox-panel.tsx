import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { isMaskedEmail } from "@/lib/pledges/mask-email";
import { isolate } from "@/lib/text/isolate";

/**
 * "Check your inbox": the same for a new signer and a repeat (the repeat's email says "you have
 * already signed"). The address comes masked in `?to=` and is shown only in that masked form.
 */
export async function CheckInboxPanel({ to }: { to: string | string[] | undefined }) {
  const t = await getTranslations("PledgeCheckInbox");
  // The masked address is set into the sentence in its own direction (an Arabic sentence).
  const lead = isMaskedEmail(to) ? t("lead", { email: isolate(to) }) : t("leadNoAddress");
  return (
    <>
      <PageHeader title={t("title")} lead={<span data-testid="check-inbox">{lead}</span>} />
      <Container className="space-y-6 py-12">
        <p className="max-w-[60ch] text-base text-ink-muted">{t("expiry")}</p>
        <p className="max-w-[60ch] text-base text-ink-muted">{t("noEmail")}</p>
      </Container>
    </>
  );
}
