// The staff area is English only: the Latin and Cyrillic brand face is enough (decision 021).
import "@fontsource-variable/noto-sans/wght.css";
import "../globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { signOutAction } from "@/components/admin/session-actions";
import { SessionKeepAlive } from "@/components/admin/session-keep-alive";
import { Button } from "@/components/ui/button";
import { staffAccess } from "@/lib/auth/require-role";
import { siteMetadataBase } from "@/lib/campaign/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.layout" });
  return {
    metadataBase: siteMetadataBase(),
    title: { template: `%s · ${t("title")}`, default: t("title") },
    robots: { index: false, follow: false },
  };
}

// The staff area is outside app/[locale] (its own root layout) and English only for now. This
// layout only SHOWS who is signed in; each page checks access itself (requireRole).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations({ locale: "en", namespace: "Admin.layout" });
  const tRoles = await getTranslations({ locale: "en", namespace: "Admin.roles" });
  const access = await staffAccess("REVIEWER");
  const user = access.ok ? access.value : null;
  const items = user
    ? [
        { href: "/admin", label: t("dashboard") },
        { href: "/admin/pledges", label: t("pledges") },
        ...(user.role === "ADMIN"
          ? [
              { href: "/admin/donations", label: t("donations") },
              { href: "/admin/exports", label: t("exports") },
              { href: "/admin/audit", label: t("audit") },
              { href: "/admin/outbox", label: t("outbox") },
              { href: "/admin/staff", label: t("staff") },
            ]
          : []),
      ]
    : [];

  return (
    <html lang="en" dir="ltr" data-scroll-behavior="smooth">
      <body className="flex min-h-dvh flex-col bg-heart-50/40">
        <a
          href="#main"
          className="sr-only rounded-md bg-heart-900 px-4 py-3 font-semibold text-white focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50"
        >
          {t("skipToContent")}
        </a>
        <header className="bg-heart-900 text-white">
          <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
            <Link href="/admin" className="font-semibold text-white focus-visible:outline-white">
              {t("title")}
            </Link>
            {user ? (
              <div className="flex flex-wrap items-center gap-3 text-sm">
                <span>{t("signedInAs", { email: user.email, role: tRoles(user.role) })}</span>
                <form action={signOutAction}>
                  <Button variant="inverse" size="sm">
                    {t("signOut")}
                  </Button>
                </form>
              </div>
            ) : (
              <Link href="/" className="text-sm text-white underline focus-visible:outline-white">
                {t("publicSite")}
              </Link>
            )}
          </div>
          {user ? (
            <div className="mx-auto w-full max-w-7xl px-4 pb-2 sm:px-6">
              <AdminNav items={items} label={t("navLabel")} />
            </div>
          ) : null}
        </header>
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <div className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6">{children}</div>
        </main>
        {user ? <SessionKeepAlive /> : null}
      </body>
    </html>
  );
}
