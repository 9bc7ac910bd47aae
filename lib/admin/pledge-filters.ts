// The pledge list's filters, read from the URL (the rules are lib/lists/list-query.ts). The list,
// the export screen and the CSV route read the same ones, so an export holds what the screen shows.
import { z } from "zod";
import { MessageStatus, PledgeStatus } from "@/lib/generated/prisma/enums";
import { listFilters, listParam, listParams, listQuery } from "@/lib/lists/list-query";

export const parsePledgeFilters = listFilters({
  q: listParams.text(254),
  status: listParams.oneOf(PledgeStatus),
  message: listParams.oneOf(MessageStatus),
  country: listParam(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((code) => code.toUpperCase()),
  ),
  from: listParams.day(),
  to: listParams.day(),
  cursor: listParams.cursor(),
});

export type PledgeFilters = ReturnType<typeof parsePledgeFilters>;

/** The filters as a query string (without the cursor unless asked), for links and the export. */
export function pledgeFiltersQuery(
  filters: PledgeFilters,
  overrides: Partial<PledgeFilters> = {},
): string {
  return listQuery({ ...filters, cursor: undefined, ...overrides });
}
