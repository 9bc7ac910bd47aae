import { useTranslations } from "next-intl";
import { BlueHeart } from "@/components/brand/blue-heart";
import { Container } from "@/components/ui/container";
import { Link } from "@/i18n/navigation";
import { primaryNavPages } from "@/lib/campaign/pages";
import { LanguageSwitcher } from "./language-switcher";

// No menu button: the links wrap under the name on narrow screens. The language switcher sits above
// them, on every page.
export function SiteHeader() {
  const t = useTranslations("Layout");
  const nav = useTranslations("Navigation");
  const pledgeNav = useTranslations("PledgeNav");
  const donateNav = useTranslations("DonateNav");
  return (
    <header className="border-b border-heart-100 bg-white">
      <Container className="flex flex-wrap items-center justify-between gap-x-8 gap-y-3 py-4">
        <div className="w-full">
          <LanguageSwitcher label={t("languageNavLabel")} />
        </div>
        <Link
          href="/"
          className="group flex items-center gap-3 rounded-md no-underline"
          aria-label={t("homeLink")}
        >
          <BlueHeart className="size-9 shrink-0 text-heart-600" />
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold text-heart-900">{t("brandName")}</span>
            <span className="text-sm text-ink-muted">{t("brandTagline")}</span>
          </span>
        </Link>
        <nav aria-label={t("primaryNavLabel")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-base">
            {[
              ...primaryNavPages.map((page) => ({ href: page.path, label: nav(page.id) })),
              { href: "/supporters", label: pledgeNav("supporters") },
              { href: "/pledge", label: pledgeNav("pledge") },
              { href: "/donate", label: donateNav("donate") },
            ].map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-sm font-medium text-heart-800 underline-offset-4 hover:underline"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </header>
  );
}
