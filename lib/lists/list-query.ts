// What every list (the staff lists and the public wall) reads from its URL and how it pages: filters
// are single values in the query string, so a view can be bookmarked, shared and exported as it is;
// anything malformed is dropped rather than refused. Pages are keyset pages on the time-ordered id
// (UUIDv7): fetch one row more than the page, and the last row shown is the next page's cursor, so
// page 1,000 costs what page 1 does (an index range scan, never OFFSET).
import { z } from "zod";

/** A page's `searchParams`, as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One value of a query parameter: the first when it is repeated, trimmed, empty means absent. */
const singleValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined);

/** A filter read with `schema`: its value, or undefined when absent or malformed. */
export function listParam<Output>(schema: z.ZodType<Output, string>) {
  return singleValue.pipe(schema.optional()).catch(undefined);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** The filters every list can take, built from the one reader above. */
export const listParams = {
  /** Free text up to `max` characters. */
  text: (max: number) => listParam(z.string().max(max)),
  /** One of a Prisma enum's values (or a list of codes declared `as const`). */
  oneOf: <const Value extends string>(values: Readonly<Record<string, Value>> | readonly Value[]) =>
    listParam(z.enum(Object.values(values))),
  /** A calendar day, `YYYY-MM-DD` as a date input sends it. */
  day: () =>
    listParam(
      z
        .string()
        .regex(DAY)
        .refine((value) => !Number.isNaN(Date.parse(value))),
    ),
  /** The keyset cursor: the id of the last row of the page before. */
  cursor: () => listParam(z.uuid()),
};

/**
 * A parser for one list's filters. Accepts a page's `searchParams` or a route's `URLSearchParams`
 * and never throws: each parameter falls back to undefined on its own.
 */
export function listFilters<Shape extends z.ZodRawShape>(shape: Shape) {
  const schema = z.object(shape);
  return (params: SearchParams | URLSearchParams): z.output<typeof schema> =>
    schema.parse(params instanceof URLSearchParams ? Object.fromEntries(params.entries()) : params);
}

/** The `createdAt` condition for a from/to pair of days, both included (UTC days). */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lt: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) } : {}),
  };
}

/**
 * The Prisma arguments of one keyset page, newest first: `where`, below the cursor when there is
 * one (an id that no longer exists still works: the page starts at the next older row).
 */
export function keysetArgs<Where extends object>(
  where: Where,
  cursor: string | undefined,
  pageSize: number,
) {
  return {
    where: cursor ? { ...where, id: { lt: cursor } } : where,
    orderBy: { id: "desc" as const },
    take: pageSize + 1,
  };
}

export interface KeysetPage<Row> {
  rows: Row[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** Cuts the extra row that `keysetArgs` fetched: when it is there, there is a next page. */
export function keysetPage<Row extends { id: string }>(
  fetched: Row[],
  pageSize: number,
): KeysetPage<Row> {
  const rows = fetched.slice(0, pageSize);
  return { rows, nextCursor: fetched.length > pageSize ? (rows.at(-1)?.id ?? null) : null };
}

/** Fetches one keyset page with `find` (a `findMany` given the page's arguments) and cuts it. */
export async function findKeysetPage<Where extends object, Row extends { id: string }>(
  { where, cursor, pageSize }: { where: Where; cursor: string | undefined; pageSize: number },
  find: (args: ReturnType<typeof keysetArgs<Where>>) => Promise<Row[]>,
): Promise<KeysetPage<Row>> {
  return keysetPage(await find(keysetArgs(where, cursor, pageSize)), pageSize);
}

type QueryValues = Readonly<Record<string, string | undefined>>;

/** The values as a query string (`?a=1&b=2`, or "" when there are none), empty values left out. */
export function listQuery(values: QueryValues): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * The links of a keyset list: back to the newest page (when not on it) and to the next, older one
 * (when there is one). The filters stay; the cursor is replaced.
 */
export function keysetLinks(
  path: string,
  filters: QueryValues & { cursor?: string },
  nextCursor: string | null,
): { newestHref: string | null; olderHref: string | null } {
  return {
    newestHref: filters.cursor ? `${path}${listQuery({ ...filters, cursor: undefined })}` : null,
    olderHref: nextCursor ? `${path}${listQuery({ ...filters, cursor: nextCursor })}` : null,
  };
}
