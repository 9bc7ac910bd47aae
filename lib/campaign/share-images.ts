// The share image of each language (Open Graph and Twitter cards): a PNG per locale in
// public/share-images/, rendered by `npm run share-images` (scripts/render-share-images.ts) and
// served as a static file at /share-images/<locale>.png.

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Where the images live in the repository (Next.js serves `public/` at the site's root). */
export const SHARE_IMAGES_DIR = "public/share-images";

/** What each image shows, as rendered: checked against the catalogs by a unit test. */
export type ShareImageManifest = Record<string, { title: string; tagline: string; sha256: string }>;

/** The address of a language's share image. */
export function shareImagePath(locale: string): string {
  return `/share-images/${locale}.png`;
}
