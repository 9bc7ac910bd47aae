/*
 * The shape of a request parameter, as the `stripe` package's `*Params` types declare it
 * (generated into stripe-params.generated.ts by generate-stripe-params.ts). Form encoding sends
 * every leaf as a string, so a leaf says how that string must read.
 */

export type ParamNode =
  | { t: "string" }
  /** `number` in the SDK's types: Stripe's API takes integers there (amounts, times, counts). */
  | { t: "integer" }
  | { t: "boolean" }
  /** `Decimal` (a decimal string such as "12.5"). */
  | { t: "decimal" }
  | { t: "enum"; values: string[] }
  | { t: "object"; fields: Record<string, { type: ParamNode; required?: true }> }
  /** An object with free keys (metadata): every value has the same shape. */
  | { t: "map"; values: ParamNode }
  | { t: "array"; items: ParamNode }
  /** One of several shapes (`RangeQueryParam | number`, `string | { ... }`). */
  | { t: "union"; of: ParamNode[] }
  /** A named declaration of the SDK's types, in `STRIPE_PARAM_DEFS`. */
  | { t: "ref"; name: string }
  /** `Emptyable<T>`: T, or "" (also `null`) to unset it. */
  | { t: "emptyable"; type: ParamNode };
