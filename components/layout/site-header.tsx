import { useTranslations } from "next-intl";
import { BlueHeart } from "@/components/brand/blue-heart";
import { Container } from "@/components/ui/container";
import { Link } from "@/i18n/navigation";
import { primaryNavPages } from "@/lib/campaign/pages";
import { LanguageSwitcher } from "./language-switcher";
import { PrimaryNav } from "./primary-nav";

// The language switcher sits above the name on every page (each language named in itself, never
// folded away); the links fold behind a menu button on narrow screens (primary-nav.tsx). The
// header is positioned so that the open menu drops below all of it.
export function SiteHeader() {
  const t = useTranslations("Layout");
  const nav = useTranslations("Navigation");
  const pledgeNav = useTranslations("PledgeNav");
  const donateNav = useTranslations("DonateNav");
  return (
    <header className="relative border-b border-heart-100 bg-white">
      <Container className="flex flex-col gap-y-1 py-2 lg:gap-y-2 lg:py-4">
        <LanguageSwitcher label={t("languageNavLabel")} />
        {/* One row on a phone, the name beside the menu button (the name's tagline wraps if it
            must); from lg the links need the width and go below the name when they do. */}
        <div className="flex w-full items-center justify-between gap-x-4 gap-y-3 lg:flex-wrap lg:gap-x-8">
          <Link
            href="/"
            className="group flex min-w-0 items-center gap-2 rounded-md no-underline sm:gap-3"
            aria-label={t("homeLink")}
          >
            <BlueHeart className="size-8 shrink-0 text-heart-600 sm:size-9" />
            <span className="flex flex-col leading-tight">
              <span className="text-lg font-bold text-heart-900 sm:text-xl">{t("brandName")}</span>
              <span className="text-xs text-ink-muted sm:text-sm">{t("brandTagline")}</span>
            </span>
          </Link>
          <PrimaryNav
            label={t("primaryNavLabel")}
            menuLabel={t("menuButton")}
            items={[
              ...primaryNavPages.map((page) => ({ href: page.path, label: nav(page.id) })),
              { href: "/supporters", label: pledgeNav("supporters") },
              { href: "/pledge", label: pledgeNav("pledge") },
              { href: "/donate", label: donateNav("donate"), button: true },
            ]}
          />
        </div>
      </Container>
    </header>
  );
}
