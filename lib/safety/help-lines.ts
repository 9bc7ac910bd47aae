// Help lines, emergency numbers and the international directories, from /work/shared/safety-facts.md
// (section 2) only, kept in help-lines.json: every number copied digit for digit from that file,
// with the sources it names (URL, and the date the source states or "undated"). Service names stay
// in their own language; what a translation needs (who a line is for, its hours) is in the catalogs
// under HelpLines.notes.<id> and GetHelp.emergency.<id>, so the data file serves every language.
// Before launch a person must re-check every number against the operator's live site.
import { z } from "zod";
import type safetyMessages from "@/messages/en/safety.json";
import { type HelpLineSource, helpLinesFileSchema, sourceSchema } from "./help-line-schema";
import data from "./help-lines.json";

/** When the entries were compared with their sources (the facts file's compilation date). */
export const HELP_LINES_CHECKED = "2026-12-02";

export type BuiltInHelpLineId = keyof typeof safetyMessages.HelpLines.notes;
export type EmergencyId = keyof typeof safetyMessages.GetHelp.emergency;

/** Checked when the module loads: a built-in entry without its source cannot ship. */
export const BUILT_IN_HELP_LINES = helpLinesFileSchema.parse(data.lines);

const sourced = { sources: z.array(sourceSchema).min(1) };

/** Emergency numbers (section 2.2): only those the facts name, for the countries they name. */
export const EMERGENCY_NUMBERS = z
  .array(
    z.object({ id: z.string(), number: z.string(), countries: z.array(z.string()), ...sourced }),
  )
  .parse(data.emergencyNumbers) as {
  id: EmergencyId;
  number: string;
  countries: string[];
  sources: HelpLineSource[];
}[];

/** Where to look when a country has no sourced line here (section 2.2). */
export const FALLBACK_DIRECTORIES = z
  .array(
    z.object({
      id: z.literal("globalModernSlaveryDirectory"),
      url: z.url(),
      /** Shown in the sentence that describes the directory, with the year they are from. */
      figures: z.object({ organisations: z.number(), countries: z.number(), year: z.number() }),
      ...sourced,
    }),
  )
  .parse(data.directories);

/** Countries with no confirmed national line but a sourced list of organisations. */
export const COUNTRY_DIRECTORIES = z
  .array(z.object({ id: z.literal("frMiprof"), country: z.string(), url: z.url(), ...sourced }))
  .parse(data.countryDirectories);
