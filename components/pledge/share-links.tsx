import { getTranslations } from "next-intl/server";
import { CopyLinkButton } from "./copy-link-button";

/**
 * Plain links to each service's own share page: nothing from them loads on this site, so no
 * scripts, cookies or trackers of theirs reach a supporter who does not click.
 */
export async function ShareLinks({ url }: { url: string }) {
  const t = await getTranslations("PledgeThankYou");
  const text = t("shareText");
  const encodedUrl = encodeURIComponent(url);
  const links = [
    {
      id: "email",
      label: t("shareEmail"),
      href: `mailto:?subject=${encodeURIComponent(t("shareSubject"))}&body=${encodeURIComponent(`${text}\n\n${url}`)}`,
      external: false,
    },
    {
      id: "whatsapp",
      label: t("shareWhatsApp"),
      href: `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`,
      external: true,
    },
    {
      id: "x",
      label: t("shareX"),
      href: `https://x.com/intent/post?text=${encodeURIComponent(text)}&url=${encodedUrl}`,
      external: true,
    },
    {
      id: "facebook",
      label: t("shareFacebook"),
      href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`,
      external: true,
    },
    {
      id: "linkedin",
      label: t("shareLinkedIn"),
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
      external: true,
    },
  ];

  return (
    <div className="space-y-6">
      <ul className="flex flex-wrap gap-3">
        {links.map((link) => (
          <li key={link.id}>
            <a
              href={link.href}
              data-share={link.id}
              {...(link.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
              className="inline-block rounded-md border border-heart-700 px-4 py-2 font-semibold text-heart-800 no-underline hover:bg-heart-50"
            >
              {link.label}
              {link.external ? <span className="sr-only"> {t("shareNewWindow")}</span> : null}
            </a>
          </li>
        ))}
      </ul>
      <CopyLinkButton
        url={url}
        label={t("copyLinkLabel")}
        copy={t("copyLink")}
        copied={t("copied")}
      />
    </div>
  );
}
