// The shape of a help-line entry, shared by the built-in list (lib/safety/help-lines.ts) and the
// operator's own file (HELP_LINES_FILE, read and checked in lib/env.ts). Pure zod, no imports of the
// app, so lib/env.ts can use it. Every entry names where its number comes from and when it was
// checked: an entry without both is refused, here and in tests/unit/safety-data.test.ts.
import { z } from "zod";

/** "undated" (the source states no date), or the date the source states: 2019, 2019-05, 2019-05-29. */
export const SOURCE_DATE = /^(undated|\d{4}(-\d{2}(-\d{2})?)?)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const sourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: "must be the http(s) address of the source" }),
    dated: z.string().regex(SOURCE_DATE, {
      error: 'must be "undated" or the date the source states, as 2019, 2019-05 or 2019-05-29',
    }),
    /** The date was seen only in the source's address, not on the page. */
    dateFromUrl: z.boolean().optional(),
  })
  .strict();

export const CONTACT_KINDS = [
  "phone",
  "phoneFromAbroad",
  "policeNonEmergency",
  "textphone",
  "text",
  "whatsapp",
  "email",
  "web",
] as const;

export const contactSchema = z
  .object({
    kind: z.enum(CONTACT_KINDS, { error: `must be one of ${CONTACT_KINDS.join(", ")}` }),
    value: z.string().trim().min(1).max(200),
  })
  .strict();

export const helpLineSchema = z
  .object({
    /** Lower-case letters, digits and dashes; an operator's entry with a built-in id replaces it. */
    id: z.string().regex(/^[a-z0-9-]{2,60}$/, { error: "use lower-case letters, digits and -" }),
    /** ISO 3166-1 alpha-2, upper case. */
    country: z.string().regex(/^[A-Z]{2}$/, { error: "must be a two-letter country code (GB)" }),
    /** The service's own name, as its operator writes it. */
    name: z.string().trim().min(1).max(200),
    contacts: z.array(contactSchema).min(1, { error: "needs at least one contact" }),
    sources: z.array(sourceSchema).min(1, { error: "needs the source of its number" }),
    /** The day someone compared the entry with its sources. */
    checked: z
      .string()
      .regex(ISO_DATE, { error: "must be the date the entry was checked, as 2026-12-02" }),
    /** Hours, languages, who the line is for. Built-in entries keep theirs in the catalogs. */
    note: z.string().trim().min(1).max(500).optional(),
  })
  .strict();

export type HelpLine = z.infer<typeof helpLineSchema>;
export type HelpLineContact = z.infer<typeof contactSchema>;
export type HelpLineSource = z.infer<typeof sourceSchema>;

export const helpLinesFileSchema = z.array(helpLineSchema).max(500);
