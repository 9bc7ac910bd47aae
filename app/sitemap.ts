import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { campaignPages } from "@/lib/campaign/pages";
import { env } from "@/lib/env";

function absolute(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}

// The pages where a supporter acts, beside the information pages.
const actionPages = [
  { id: "pledge", path: "/pledge" },
  { id: "donate", path: "/donate" },
  { id: "supporters", path: "/supporters" },
];

// One entry per public page in the default language, with its address in every language as an
// alternate (each listed page's alternates name the others: Google's sitemap form of hreflang). Rendered per
// request, so the addresses are the running server's SITE_URL, not the build's.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  return [...campaignPages, ...actionPages].map((page) => ({
    url: absolute(getPathname({ locale: routing.defaultLocale, href: page.path })),
    changeFrequency: page.id === "supporters" ? "hourly" : "monthly",
    priority: page.id === "home" ? 1 : 0.7,
    alternates: {
      languages: {
        ...Object.fromEntries(
          routing.locales.map((locale) => [
            locale,
            absolute(getPathname({ locale, href: page.path })),
          ]),
        ),
        "x-default": absolute(page.path),
      },
    },
  }));
}
