import { useTranslations } from "next-intl";
import { Container } from "@/components/ui/container";
import { Link } from "@/i18n/navigation";

// Rendered for notFound() anywhere under [locale]; app/global-not-found.tsx shows it for unknown URLs.
export default function NotFoundPage() {
  const t = useTranslations("NotFound");
  return (
    <Container className="py-16 sm:py-24">
      <h1 className="text-3xl font-bold text-heart-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-[60ch] text-lg/relaxed text-ink-muted">{t("text")}</p>
      <p className="mt-8">
        <Link href="/" className="font-medium text-heart-800 underline">
          {t("homeLink")}
        </Link>
      </p>
    </Container>
  );
}
