// What a message says, as data: the HTML part (lib/email/email-layout.tsx) and the plain-text part
// (lib/email/render-email.tsx) are both written from it, so the two never say different things.
import { createTranslator } from "next-intl";
import type { Messages } from "@/i18n/messages";
import type { AppLocale } from "@/i18n/routing";
import { type TextDirection, textDirection } from "@/lib/campaign/text-direction";
import { isolate } from "@/lib/text/isolate";
import type { EmailData, EmailKind } from "./email-kinds";

export interface EmailContent {
  lang: string;
  dir: TextDirection;
  subject: string;
  greeting?: string;
  paragraphs: string[];
  /** The one thing to do, shown as a button. */
  action?: { label: string; url: string };
  /** After the button: a heading and a list of links, or closing paragraphs. */
  after?: { heading?: string; items: EmailLine[] };
  footer: string[];
}

/** A line of text; `url`, when given, appears in it and is linked in the HTML part. */
export interface EmailLine {
  text: string;
  url?: string;
}

export interface EmailSender {
  name: string;
  postalAddress: string | undefined;
  contactEmail: string | undefined;
  /** The public address of the site, without a trailing slash. */
  siteUrl: string;
}

export function emailContent<K extends EmailKind>(
  kind: K,
  data: EmailData[K],
  locale: AppLocale,
  messages: Messages,
  sender: EmailSender,
): EmailContent {
  const t = createTranslator({ locale, messages, namespace: "Email" });
  const page = (path: string) => `${sender.siteUrl}/${locale}${path}`;
  const linked = (
    key: "pledgeThanks.share" | "pledgeThanks.signs" | "pledgeThanks.donate",
    url: string,
  ): EmailLine => ({ text: t(key, { url }), url });
  // Names and addresses from configuration keep their own direction inside an Arabic sentence.
  const footer = [
    t("footerSentBy", { operator: isolate(sender.name) }),
    ...(sender.postalAddress ? [isolate(sender.postalAddress)] : []),
    ...(sender.contactEmail ? [t("footerContact", { email: isolate(sender.contactEmail) })] : []),
    t("footerWhy", { site: isolate(new URL(sender.siteUrl).host) }),
  ];
  const base = { lang: locale, dir: textDirection(locale), footer };
  const any = data as Record<string, string>;
  switch (kind) {
    case "pledge-confirm":
      return {
        ...base,
        subject: t("pledgeConfirm.subject"),
        greeting: t("greeting", { name: isolate(any.name ?? "") }),
        paragraphs: [t("pledgeConfirm.intro"), t("pledgeConfirm.ask")],
        action: { label: t("pledgeConfirm.action"), url: any.confirmUrl ?? "" },
        after: { items: [{ text: t("pledgeConfirm.expiry") }] },
      };
    case "pledge-already-signed":
      return {
        ...base,
        subject: t("pledgeAlreadySigned.subject"),
        paragraphs: [t("pledgeAlreadySigned.body"), t("pledgeAlreadySigned.ignore")],
      };
    default:
      return {
        ...base,
        subject: t("pledgeThanks.subject"),
        greeting: t("greeting", { name: isolate(any.name ?? "") }),
        paragraphs: [t("pledgeThanks.body")],
        after: {
          heading: t("pledgeThanks.nextHeading"),
          items: [
            linked("pledgeThanks.share", page("/pledge")),
            linked("pledgeThanks.signs", page("/learn-the-signs")),
            linked("pledgeThanks.donate", page("/donate")),
          ],
        },
      };
  }
}
