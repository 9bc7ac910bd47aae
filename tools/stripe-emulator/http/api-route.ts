import type { EmulatorCore, RequestContext } from "../core/emulator-core";
import type { RenderContext } from "../core/render-context";
import { invalidRequest } from "../errors";
import { type FormObject, optionalString, splitKey } from "../form-params";
import type { EmulatorState } from "../state";
import { type Route, route } from "./router";

/*
 * What a `/v1` route handler gets, and the shape most routes take: a list with filters and
 * Stripe's paging. Each resource declares its routes beside itself
 * (checkout-sessions/checkout-session-routes.ts, ...); api-routes.ts puts them in one table,
 * with a retrieval route for every kind of object (core/object-kinds.ts).
 */

export interface ApiCall {
  core: EmulatorCore;
  params: FormObject;
  context: RequestContext;
}

/** A handler returns the rendered Stripe object (or list); the host applies `expand[]`. */
export type ApiRoute = Route<ApiCall>;

interface Listed {
  id: string;
  created: number;
}

export function paginate<T extends Listed, R>(
  records: T[],
  params: FormObject,
  url: string,
  render: (record: T) => R,
) {
  const limitText = optionalString(params, "limit");
  const limit = limitText === undefined ? 10 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw invalidRequest("This value must be between 1 and 100.", "limit");
  }
  // Newest first, as Stripe lists; records created in the same second keep insertion order.
  const ordered = records.map((record, index) => ({ record, index }));
  ordered.sort((a, b) => b.record.created - a.record.created || b.index - a.index);
  let start = 0;
  const startingAfter = optionalString(params, "starting_after");
  if (startingAfter !== undefined) {
    const position = ordered.findIndex(({ record }) => record.id === startingAfter);
    if (position === -1)
      throw invalidRequest(
        `No such object: '${startingAfter}'`,
        "starting_after",
        "resource_missing",
      );
    start = position + 1;
  }
  const page = ordered.slice(start, start + limit);
  return {
    object: "list" as const,
    data: page.map(({ record }) => render(record)),
    has_more: start + limit < ordered.length,
    url,
  };
}

/** The fields of a record that hold an id or a status: what a list can be filtered by. */
type FilterField<T> = { [K in keyof T]: T[K] extends string | null ? K : never }[keyof T];

/**
 * `GET` of a list: the records of one table, newest first, filtered by exact-match query
 * parameters (`{ customer: "customerId" }`; `payment[payment_intent]` for a nested one).
 */
export function listRoute<T extends Listed>(
  path: string,
  records: (state: EmulatorState) => Record<string, T>,
  render: (ctx: RenderContext, record: T) => unknown,
  filters: Readonly<Record<string, FilterField<NoInfer<T>>>> = {},
  where: (record: NoInfer<T>, params: FormObject) => boolean = () => true,
): ApiRoute {
  return route(`GET ${path}`, ({ core, params }: ApiCall, id) => {
    const wanted = Object.entries(filters).flatMap(([param, field]) => {
      const value = optionalString(params, ...splitKey(param));
      return value === undefined ? [] : [{ field, value }];
    });
    const ctx = core.render;
    return paginate(
      Object.values(records(core.state)).filter(
        (record) =>
          wanted.every(({ field, value }) => record[field] === value) && where(record, params),
      ),
      params,
      path.replace(":id", id),
      (record) => render(ctx, record),
    );
  });
}
