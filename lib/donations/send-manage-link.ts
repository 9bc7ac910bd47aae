import "server-only";
// Where a manage link goes once the site can send email (a later issue adds sending). Until then
// nothing is sent: the link is made, kept (hashed) until it expires, and the form's answer stays
// the same as for an address without a gift. The log line holds neither the address nor the link.
import { log } from "@/lib/log";

export interface ManageLinkMessage {
  email: string;
  locale: string;
  /** One link per running monthly gift of this address. */
  links: string[];
}

export async function sendManageLink(message: ManageLinkMessage): Promise<void> {
  log.info(
    { links: message.links.length, locale: message.locale },
    "donations: a manage link was requested for a monthly gift; email delivery is not available yet, so none was sent",
  );
}
