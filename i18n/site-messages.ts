import "server-only";
import { env } from "@/lib/env";
import {
  applyMessageOverrides,
  type MessageOverrides,
  readMessageOverrides,
} from "./message-overrides";
import { loadMessages, type Messages } from "./messages";
import type { UnLocale } from "./routing";

// Read once per server process. Start-up and the build checked the folder already (scripts/run-app.ts,
// next.config.ts), so a problem here means the files changed since: it throws, naming them.
let overrides: MessageOverrides | undefined;
const merged = new Map<UnLocale, Promise<Messages>>();

/** A language's messages as the site shows them: the built-in catalogs, with the operator's wording. */
export function loadSiteMessages(locale: UnLocale): Promise<Messages> {
  const dir = env.MESSAGES_OVERRIDE_DIR;
  if (dir === undefined) return loadMessages(locale);
  let messages = merged.get(locale);
  if (messages === undefined) {
    overrides ??= readMessageOverrides(dir);
    const strings = overrides[locale];
    messages = loadMessages(locale).then((built) => applyMessageOverrides(built, strings));
    merged.set(locale, messages);
  }
  return messages;
}
