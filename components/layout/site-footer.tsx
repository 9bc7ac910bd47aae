import { useTranslations } from "next-intl";
import { BlueHeart } from "@/components/brand/blue-heart";
import { Container } from "@/components/ui/container";
import { Link } from "@/i18n/navigation";
import { UNODC_BLUE_HEART_URL } from "@/lib/campaign/official-links";
import type { CampaignOperator } from "@/lib/campaign/operator";
import { campaignPages } from "@/lib/campaign/pages";
import { isolate } from "@/lib/text/isolate";

/** Who runs the site, on every page; and unless configured otherwise, that it is not the UN's. */
export function SiteFooter({ operator }: { operator: CampaignOperator }) {
  const t = useTranslations("Layout");
  const nav = useTranslations("Navigation");
  const safety = useTranslations("SafetyFooter");
  const footerPages = campaignPages.filter((page) => page.nav !== "none");
  return (
    <footer className="mt-16 border-t border-heart-100 bg-heart-50 text-base">
      <Container className="grid gap-8 py-10 md:grid-cols-[1fr_auto]">
        <div className="flex max-w-[60ch] items-start gap-3">
          <BlueHeart className="mt-1 size-6 shrink-0 text-heart-600" />
          <div className="space-y-2">
            <p data-testid="operator-statement">
              {t("operatedBy", { operator: isolate(operator.name) })}
              {operator.isOfficialUnSite ? null : <> {t("notOfficial")}</>}
            </p>
            {operator.isOfficialUnSite ? null : (
              <p>
                {t("officialCampaign")}{" "}
                <a
                  href={UNODC_BLUE_HEART_URL}
                  className="text-heart-800 underline underline-offset-4"
                >
                  {t("officialCampaignLink")}
                </a>
              </p>
            )}
            <p data-testid="no-trackers">{safety("noTrackers")}</p>
          </div>
        </div>
        <nav aria-label={t("footerNavLabel")}>
          <ul className="space-y-2">
            {footerPages.map((page) => (
              <li key={page.id}>
                <Link href={page.path} className="text-heart-800 underline underline-offset-4">
                  {nav(page.id)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
