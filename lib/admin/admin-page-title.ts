import "server-only";
// Every staff page's <title> is its section's `title` message (the layout adds "· Blue Heart staff").
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

type Section =
  | "dashboard"
  | "pledges"
  | "donations"
  | "exports"
  | "audit"
  | "outbox"
  | "staff"
  | "signIn";

/** A page's `generateMetadata`: `export const generateMetadata = adminPageTitle("pledges")`. */
export function adminPageTitle(section: Section): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations({ locale: "en", namespace: `Admin.${section}` });
    return { title: t("title") };
  };
}
