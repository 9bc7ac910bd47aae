// The pledge list's filters, read from the URL (so a filtered view can be bookmarked, shared with a
// colleague and exported as it is). Anything malformed is dropped rather than refused.
import { z } from "zod";

const searchParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined);

const day = /^\d{4}-\d{2}-\d{2}$/;

const filtersSchema = z.object({
  q: searchParam.pipe(z.string().max(254).optional()).catch(undefined),
  status: searchParam.pipe(z.enum(["ACTIVE", "SPAM"]).optional()).catch(undefined),
  message: searchParam
    .pipe(z.enum(["NONE", "PENDING", "APPROVED", "REJECTED"]).optional())
    .catch(undefined),
  country: searchParam
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z]{2}$/)
        .transform((code) => code.toUpperCase())
        .optional(),
    )
    .catch(undefined),
  from: searchParam.pipe(z.string().regex(day).optional()).catch(undefined),
  to: searchParam.pipe(z.string().regex(day).optional()).catch(undefined),
  cursor: searchParam.pipe(z.uuid().optional()).catch(undefined),
});

export type PledgeFilters = z.infer<typeof filtersSchema>;

export function parsePledgeFilters(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): PledgeFilters {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params.entries()) : params;
  return filtersSchema.parse(record);
}

/** The filters as a query string (without the cursor unless asked), for links and the export. */
export function pledgeFiltersQuery(
  filters: PledgeFilters,
  overrides: Partial<PledgeFilters> = {},
): string {
  const merged = { ...filters, cursor: undefined, ...overrides };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
