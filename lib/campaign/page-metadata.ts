import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { type AppLocale, routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { enterLocale } from "./enter-locale";
import { type CampaignPageId, getCampaignPage } from "./pages";
import { SHARE_IMAGE_SIZE, shareImagePath } from "./share-images";

/**
 * What relative URLs in metadata (canonical, alternates, the share image) resolve against. Every
 * root layout sets it: pages rendered per request read SITE_URL then, prerendered ones at build.
 */
export function siteMetadataBase(): URL {
  return new URL(env.SITE_URL);
}

type SocialText = { title?: string; description?: string; url?: string };

/**
 * Open Graph and Twitter tags in full. Next replaces (not merges) these objects between layout and
 * page, so a page that sets them sends the whole set, built here once. Left without a title and a
 * description (the layout's set), they take the page's own `<title>` and description: Next fills
 * og:title and og:description from them when the Open Graph object has none.
 */
export async function socialMetadata(
  locale: AppLocale,
  { title, description, url }: SocialText,
): Promise<Pick<Metadata, "openGraph" | "twitter">> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  // The language's own image, with its words (lib/campaign/share-images.ts).
  const image = {
    url: shareImagePath(locale),
    ...SHARE_IMAGE_SIZE,
    type: "image/png",
    alt: t("ogImageAlt"),
  };
  return {
    openGraph: {
      type: "website",
      siteName: t("siteName"),
      locale,
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
      ...(url === undefined ? {} : { url }),
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
      images: [image],
    },
  };
}

/**
 * A page's canonical address in `locale` and its address in every language, with `x-default` the
 * address without a language, which sends each visitor to theirs (proxy.ts).
 */
export function languageAlternates(
  locale: AppLocale,
  path: string,
): NonNullable<Metadata["alternates"]> {
  return {
    canonical: getPathname({ locale, href: path }),
    languages: {
      ...Object.fromEntries(
        routing.locales.map((other) => [other, getPathname({ locale: other, href: path })]),
      ),
      "x-default": path,
    },
  };
}

/** Title, description, canonical URL, language alternates and share tags of a campaign page. */
export async function campaignPageMetadata(
  locale: AppLocale,
  pageId: CampaignPageId,
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Pages" });
  const page = getCampaignPage(pageId);
  const title = t(`${pageId}.title`);
  const description = t(`${pageId}.description`);
  const url = getPathname({ locale, href: page.path });
  return {
    // The home page's title stands alone; the others get " · Blue Heart" from the layout template.
    title: pageId === "home" ? { absolute: title } : title,
    description,
    alternates: languageAlternates(locale, page.path),
    ...(await socialMetadata(locale, { title, description, url })),
  };
}

/** A campaign page's `generateMetadata`: `export const generateMetadata = metadataFor("getHelp")`. */
export function metadataFor(pageId: CampaignPageId) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> =>
    campaignPageMetadata(await enterLocale(params), pageId);
}
