import { invalidRequest } from "../errors";
import { ENDPOINT_RESPONSES } from "./endpoint-params";
import { STRIPE_EXPAND_DEFS, STRIPE_EXPAND_ROOTS } from "./stripe-params.generated";

/*
 * Refuses an `expand[]` path that does not end on an expandable field of the object the route
 * answers with, as the `stripe` package's response types declare them (an id that may be the
 * object, `string | Customer`; or an includable list such as `line_items`), before the request
 * changes anything: "This property cannot be expanded (metadata)."
 * (https://docs.stripe.com/api/expanding_objects: "The expandable label in this documentation
 * indicates ID fields that you can expand into objects.")
 */
export function checkExpandable(pattern: string, paths: readonly string[]): void {
  const spec: string | undefined = (ENDPOINT_RESPONSES as Record<string, string>)[pattern];
  const root = spec === undefined ? undefined : STRIPE_EXPAND_ROOTS[spec];
  if (root === undefined) return;
  for (const path of paths) {
    const segments = path.split(".");
    let current: string | undefined = root;
    segments.forEach((segment, index) => {
      const field = current === undefined ? undefined : STRIPE_EXPAND_DEFS[current]?.[segment];
      const last = index === segments.length - 1;
      if (!field || (last && !field.expandable) || (!last && field.to === undefined)) {
        throw invalidRequest(`This property cannot be expanded (${path}).`, "expand");
      }
      current = field.to;
    });
  }
}
