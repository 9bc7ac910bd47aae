import "server-only";
// The one shape of every server action: read the call, parse the form with a zod schema, hand the
// handler what it needs. A call that cannot be carried out as sent gets the action's own refusal
// (a 4xx in spirit: an error state or a redirect with a notice), never an exception and a 500.
import { headers } from "next/headers";
import type { z } from "zod";
import { clientIp, hashIp } from "@/lib/security/client-ip";
import { type ActionArgs, fieldErrorsOf, formFields, formOf } from "./action-form";

export interface ActionContext<Input> {
  /** The form, parsed by the action's schema. */
  input: Input;
  /** The raw form, for the few fields a handler reads as typed (to send them back). */
  form: FormData;
  /** `useActionState`'s previous state as the browser sent it: unchecked, like any input. */
  previous: unknown;
  /** The caller's salted IP hash, for rate limits and the audit trail. */
  ipHash: string;
}

export interface ActionRefusal {
  /** "malformed": not a form submission; "invalid": a form the schema refused. */
  kind: "malformed" | "invalid";
  form: FormData | null;
  previous: unknown;
  issues: readonly z.core.$ZodIssue[];
  /** The first message per field, for inline errors. */
  fieldErrors: Record<string, string>;
}

export interface ActionDefinition<Schema extends z.ZodType, Result> {
  schema: Schema;
  /** Names that may repeat (checkbox groups): parsed as arrays. */
  arrays?: readonly string[];
  /** The answer to a malformed or invalid call. */
  refuse: (refusal: ActionRefusal) => Result | Promise<Result>;
}

export type ServerAction<Result, Previous> = (...args: ActionArgs<Previous>) => Promise<Result>;

/** Runs `before` (the role check), then parses, then the handler; for the wrappers below. */
export async function runAction<Schema extends z.ZodType, Result, Extra>(
  args: readonly unknown[],
  definition: ActionDefinition<Schema, Result>,
  handler: (context: ActionContext<z.output<Schema>> & Extra) => Promise<Result>,
  extra: Extra,
): Promise<Result> {
  const form = formOf(args);
  const previous = args.length === 2 ? args[0] : undefined;
  if (!form) {
    return definition.refuse({ kind: "malformed", form, previous, issues: [], fieldErrors: {} });
  }
  const parsed = definition.schema.safeParse(formFields(form, definition.arrays));
  if (!parsed.success) {
    const issues = parsed.error.issues;
    return definition.refuse({
      kind: "invalid",
      form,
      previous,
      issues,
      fieldErrors: fieldErrorsOf(issues),
    });
  }
  const ipHash = hashIp(clientIp(await headers()));
  return handler({ input: parsed.data, form, previous, ipHash, ...extra });
}
