import "server-only";
// The first `npm run dev` on the embedded database creates an admin with a random password and
// prints it once, so a newcomer can sign in straight away. Never in production, and never when
// any staff account exists (so it happens once per database).
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createStaffUser } from "./create-staff-user";

export const LOCAL_ADMIN_EMAIL = "admin@example.org";

export async function createLocalAdminIfNone(
  databaseUrl: string,
): Promise<{ email: string; password: string } | null> {
  if (env.NODE_ENV === "production") return null;
  // Its own short-lived client: the app's `db` is bound to DATABASE_URL, which the embedded
  // database only gets after this script has started it.
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await client.user.count()) > 0) return null;
    const password = randomBytes(15).toString("base64url");
    await createStaffUser(
      { email: LOCAL_ADMIN_EMAIL, name: "Local admin", role: "ADMIN", password },
      null,
      { client, action: "staff.local_admin_created" },
    );
    return { email: LOCAL_ADMIN_EMAIL, password };
  } finally {
    await client.$disconnect();
  }
}
