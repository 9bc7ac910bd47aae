import "server-only";
// Revoking staff sessions. A session token is a cookie nothing on the server lists, so each user
// has a session version: the token carries the version it was issued under, every request
// compares it with the user's current one (check-staff-access.ts), and raising it ends every
// session issued before. Raised on sign-out, a password change, a role change and disabling.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The change that ends every session `userId` holds, to merge into a user update. */
export const revokeSessions = { sessionVersion: { increment: 1 } } as const;

/**
 * Signing out ends the session everywhere it was copied to. Only a token that is still current
 * can do this, so a cookie that was already revoked cannot sign its owner out again and again.
 */
export async function endSessionsOnSignOut(
  userId: string,
  tokenVersion: number,
  client: Prisma.TransactionClient = db,
): Promise<void> {
  await client.user.updateMany({
    where: { id: userId, sessionVersion: tokenVersion },
    data: revokeSessions,
  });
}

// What the session token and session carry beyond Auth.js's own fields: the user's session
// version when the token was issued (a whole number; absent on a token from before versions).
declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}
