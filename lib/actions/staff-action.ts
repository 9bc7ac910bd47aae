import "server-only";
// The only way a staff server action is written. The role is checked before anything else is
// read: no session sends the caller to sign in, the wrong role is a real 403 (`forbidden()`).
// The authorisation matrix (lib/admin/admin-routes.ts) is read from these declarations.
import type { z } from "zod";
import type { StaffUser } from "@/lib/auth/check-staff-access";
import { requireRole } from "@/lib/auth/require-role";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  type ActionContext,
  type ActionDefinition,
  runAction,
  type ServerAction,
} from "./define-action";

export interface StaffActionDefinition<Schema extends z.ZodType, Result>
  extends ActionDefinition<Schema, Result> {
  /** The page a signed-out caller comes back to after signing in. */
  returnTo: string;
}

export type StaffActionContext<Input> = ActionContext<Input> & { user: StaffUser };

export function staffAction<Schema extends z.ZodType, Result, Previous = Result>(
  role: Role,
  definition: StaffActionDefinition<Schema, Result>,
  handler: (context: StaffActionContext<z.output<Schema>>) => Promise<Result>,
): ServerAction<Result, Previous> {
  return async (...args) => {
    const user = await requireRole(role, definition.returnTo);
    return runAction(args, definition, handler, { user });
  };
}
