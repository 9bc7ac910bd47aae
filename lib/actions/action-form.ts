import "server-only";
// What a server action was really sent. Anyone can call an action with any arguments (the id is
// in the page's JavaScript), so nothing about them is taken for granted.
import type { z } from "zod";

/** How an action is called: by a form (`action={...}`) or through `useActionState`. */
export type ActionArgs<Previous> =
  | [formData: FormData]
  | [previous: Previous, formData: FormData | undefined];

/** The form a call carries, or null when the call is not a form submission at all. */
export function formOf(args: readonly unknown[]): FormData | null {
  if (args.length < 1 || args.length > 2) return null;
  const last = args[args.length - 1];
  return last instanceof FormData ? last : null;
}

/**
 * The form as a plain object for a zod schema: one value per name (the first), except for the
 * names in `arrays` (checkbox groups), which are always arrays.
 */
export function formFields(
  form: FormData,
  arrays: readonly string[] = [],
): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of arrays) fields[name] = form.getAll(name);
  for (const [name, value] of form.entries()) {
    if (!(name in fields)) fields[name] = value;
  }
  return fields;
}

/** The first message per top-level field, for forms that show errors beside each input. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path[0];
    if (typeof key === "string" && !(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
