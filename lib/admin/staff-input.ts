// What an admin (or `npm run admin:create`) must give to add a staff account.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

export const staffRoleSchema = z.enum(["ADMIN", "REVIEWER"], { error: "Choose a role." });

export const newStaffSchema = z.object({
  email: z.email({ error: "Enter a valid email address." }).trim().toLowerCase().max(254),
  name: z
    .string()
    .trim()
    .max(120, { error: "Use at most 120 characters." })
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null),
  role: staffRoleSchema,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, {
      error: `Use at least ${MIN_PASSWORD_LENGTH} characters (a passphrase is easiest).`,
    })
    .max(MAX_PASSWORD_LENGTH, { error: `Use at most ${MAX_PASSWORD_LENGTH} characters.` }),
});

export type NewStaff = z.infer<typeof newStaffSchema>;
