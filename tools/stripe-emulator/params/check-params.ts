import { invalidRequest, missingParam, type StripeApiError } from "../errors";
import type { FormObject, FormValue } from "../form-params";
import { ENDPOINT_PARAMS } from "./endpoint-params";
import type { ParamNode } from "./param-node";
import { STRIPE_PARAM_DEFS, STRIPE_PARAM_ROOTS } from "./stripe-params.generated";

/*
 * Checks a request's parameters against the tree the `stripe` package's types declare for the
 * route (endpoint-params.ts), as Stripe does before anything else: an unknown parameter at any
 * depth, a value of the wrong kind (integer, boolean, enum, array, hash), a missing required
 * one. The answers are Stripe's: "Received unknown parameter: payment_intent_data[bogus]" with
 * `code: parameter_unknown`, "Invalid integer: 12.5" with `parameter_invalid_integer`,
 * "Invalid locale: must be one of auto, bg, ..., or zh-TW". Rules that depend on other
 * parameters (one mode or another) stay with the operation that knows them.
 */

/** Fields whose `number` is a percentage, which Stripe takes as a decimal, not an integer. */
const DECIMAL_NUMBER_FIELD = /percent/;

function resolve(node: ParamNode): ParamNode {
  let current = node;
  while (current.t === "ref") {
    const next = STRIPE_PARAM_DEFS[current.name];
    if (!next) throw new Error(`stripe-params.generated.ts has no ${current.name}`);
    current = next;
  }
  return current;
}

function child(path: string, key: string | number): string {
  return path === "" ? String(key) : `${path}[${key}]`;
}

/** Stripe lists choices as "a or b" and "a, b, or c". */
function choices(values: readonly string[]): string {
  if (values.length <= 2) return values.join(" or ");
  return `${values.slice(0, -1).join(", ")}, or ${values.at(-1)}`;
}

function show(value: FormValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The first error in `value` against `node`, or null. */
function check(
  node: ParamNode,
  value: FormValue,
  path: string,
  field: string,
): StripeApiError | null {
  const shape = resolve(node);
  if (value === "" && shape.t !== "emptyable") {
    return invalidRequest(
      `You passed an empty string for '${path}'. We assume empty values are an attempt to unset a parameter; however '${path}' cannot be unset. You should remove '${path}' from your request or supply a non-empty value.`,
      path,
      "parameter_invalid_empty",
    );
  }
  switch (shape.t) {
    case "ref":
      return null;
    case "emptyable":
      return value === "" ? null : check(shape.type, value, path, field);
    case "string":
      return typeof value === "string"
        ? null
        : invalidRequest(`Invalid string: ${show(value)}`, path);
    case "integer": {
      if (typeof value === "string" && DECIMAL_NUMBER_FIELD.test(field)) {
        return /^-?\d+(\.\d+)?$/.test(value)
          ? null
          : invalidRequest(`Invalid decimal: ${value}`, path);
      }
      if (typeof value === "string" && /^-?\d+$/.test(value)) return null;
      return invalidRequest(`Invalid integer: ${show(value)}`, path, "parameter_invalid_integer");
    }
    case "decimal":
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)
        ? null
        : invalidRequest(`Invalid decimal: ${show(value)}`, path);
    case "boolean":
      return value === "true" || value === "false"
        ? null
        : invalidRequest(`Invalid boolean: ${show(value)}`, path);
    case "enum":
      return typeof value === "string" && shape.values.includes(value)
        ? null
        : invalidRequest(`Invalid ${path}: must be one of ${choices(shape.values)}`, path);
    case "array": {
      if (!Array.isArray(value)) return invalidRequest("Invalid array", path);
      for (const [index, entry] of value.entries()) {
        const error = check(shape.items, entry, child(path, index), field);
        if (error) return error;
      }
      return null;
    }
    case "map": {
      if (typeof value === "string") return invalidRequest("Invalid object", path);
      const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
      for (const [key, entry] of entries) {
        const error = check(shape.values, entry, child(path, key), String(key));
        if (error) return error;
      }
      return null;
    }
    case "object": {
      if (typeof value === "string" || Array.isArray(value)) {
        return invalidRequest("Invalid object", path);
      }
      for (const [key, entry] of Object.entries(value)) {
        const declared = shape.fields[key];
        const name = child(path, key);
        if (!declared) {
          return invalidRequest(`Received unknown parameter: ${name}`, name, "parameter_unknown");
        }
        const error = check(declared.type, entry, name, key);
        if (error) return error;
      }
      for (const [key, declared] of Object.entries(shape.fields)) {
        if (declared.required && !(key in value)) return missingParam(child(path, key));
      }
      return null;
    }
    case "union": {
      // The option of the value's own kind explains a refusal best: a hash for a hash, a
      // string for a string.
      let best: StripeApiError | null = null;
      for (const option of shape.of) {
        const error = check(option, value, path, field);
        if (!error) return null;
        const kind = resolve(option).t;
        const structural = kind === "object" || kind === "map" || kind === "array";
        if (best === null || structural === (typeof value !== "string")) best = error;
      }
      return best;
    }
  }
}

/** Refuses the parameters of a route (its pattern, "POST /v1/checkout/sessions") as Stripe would. */
export function checkParams(pattern: string, params: FormObject): void {
  const spec: string | undefined = (ENDPOINT_PARAMS as Record<string, string>)[pattern];
  if (spec === undefined) return;
  const root = STRIPE_PARAM_ROOTS[spec];
  if (!root) throw new Error(`stripe-params.generated.ts has no ${spec}: regenerate it`);
  const error = check(root, params, "", "");
  if (error) throw error;
}

/** Whether a route's parameters are described (every route the emulator serves should be). */
export function hasParamSchema(pattern: string): boolean {
  return pattern in ENDPOINT_PARAMS;
}
