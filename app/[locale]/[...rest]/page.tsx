import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { enterLocale } from "@/lib/campaign/enter-locale";

// Any path under a locale that no page claims: answer with the localized 404 page.

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/[...rest]">): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("title") };
}

export default async function UnknownPath({ params }: PageProps<"/[locale]/[...rest]">) {
  await enterLocale(params);
  notFound();
}
