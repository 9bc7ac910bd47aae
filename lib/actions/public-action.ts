import "server-only";
// A server action anyone may call (sign in, pledge, donate): the same parsing and refusals as a
// staff action, without a role. tests/unit/admin-routes.test.ts lists which ones exist.
import type { z } from "zod";
import {
  type ActionContext,
  type ActionDefinition,
  runAction,
  type ServerAction,
} from "./define-action";

export function publicAction<Schema extends z.ZodType, Result, Previous = Result>(
  definition: ActionDefinition<Schema, Result>,
  handler: (context: ActionContext<z.output<Schema>>) => Promise<Result>,
): ServerAction<Result, Previous> {
  return async (...args) => runAction(args, definition, handler, {});
}
