// The message catalogs. Each feature keeps its own file (messages/<locale>/<feature>.json, with its
// own top-level namespaces) so features can be written side by side; they are merged here. A new
// locale adds its files and a branch in loadMessages.

import admin from "../messages/en/admin.json";
import donate from "../messages/en/donate.json";
import pledge from "../messages/en/pledge.json";
import safety from "../messages/en/safety.json";
import base from "../messages/en.json";

export const englishMessages = {
  ...base,
  ...admin,
  ...donate,
  ...pledge,
  ...safety,
};

export type Messages = typeof englishMessages;

export async function loadMessages(_locale: string): Promise<Messages> {
  return englishMessages;
}
