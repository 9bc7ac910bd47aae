import "server-only";
// Auth.js for the staff area: email + password (argon2id), optional GitHub and email links, JWT
// sessions that last a working day at most and end after a quiet spell. The token only says WHO
// is signed in; what they may do is re-read from the database on every request (require-role.ts),
// so disabling or demoting someone takes effect on their next click (docs/decisions/006-admin-auth.md).
import { PrismaAdapter } from "@auth/prisma-adapter";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/security/client-ip";
import { authorizeStaff, staffCredentialsSchema } from "./authorize-staff";
import { optionalProviders } from "./optional-providers";
import { judgeSession, sessionPolicy } from "./session-policy";
import { endSessionsOnSignOut } from "./session-version";
import { InvalidStaffCredentials, StaffSignInRateLimited } from "./sign-in-errors";
import { isSiteHost } from "./site-host";

// Secure cookies whenever the site is served over HTTPS (every real deployment); plain HTTP only
// for a production build tried out on this machine.
const servedOverHttps = new URL(env.SITE_URL).protocol === "https:";
const useSecureCookies = env.NODE_ENV === "production" ? servedOverHttps : false;

const nowSeconds = () => Math.floor(Date.now() / 1000);

const config = {
  adapter: PrismaAdapter(db),
  secret: env.AUTH_SECRET,
  useSecureCookies,
  // Auth.js's defaults for the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure as above.
  session: { strategy: "jwt", maxAge: sessionPolicy.maxAgeSeconds },
  pages: { signIn: "/admin/sign-in", error: "/admin/sign-in" },
  logger: {
    // A refused password is an expected outcome (and on the audit trail), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      // A request naming another host (site-host.ts): one line, not a stack per request.
      if (error.name === "UntrustedHost") {
        log.warn("auth: refused a request for a host other than SITE_URL's");
        return;
      }
      log.error({ err: error }, "auth: error");
    },
  },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = staffCredentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidStaffCredentials();
        const result = await authorizeStaff(parsed.data, clientIp(request.headers));
        if (result.ok) {
          const { id, email, name, sessionVersion } = result.value;
          return { id, email, name, sessionVersion };
        }
        if (result.error.code === "rateLimited") {
          throw new StaffSignInRateLimited(result.error.retryAfterSeconds);
        }
        throw new InvalidStaffCredentials();
      },
    }),
    ...optionalProviders(),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider === "credentials") return true;
      // Other providers: only existing, active staff accounts.
      if (!user.email) return false;
      const staff = await db.user.findUnique({
        where: { email: user.email.toLowerCase() },
        select: { active: true },
      });
      return staff?.active === true;
    },
    jwt({ token, user }) {
      const now = nowSeconds();
      if (user) {
        // The adapter's user (other providers) is the database row, so it has the version too.
        const { sessionVersion } = user;
        return { ...token, sub: user.id, sessionVersion, signedInAt: now, lastSeenAt: now };
      }
      const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      const lastSeenAt = typeof token.lastSeenAt === "number" ? token.lastSeenAt : 0;
      // Returning null makes Auth.js clear the cookie: the person signs in again.
      if (judgeSession({ signedInAt, lastSeenAt }, now) !== "fresh") return null;
      return { ...token, lastSeenAt: now };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sessionVersion === "number") session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
  events: {
    async signIn({ user, account }) {
      // Password sign-ins are recorded by authorizeStaff, with the IP hash.
      if (!account || account.provider === "credentials") return;
      await recordAuditEntry({
        actor: { id: user.id ?? null, email: user.email ?? null },
        action: "auth.sign_in",
        subjectType: "user",
        subjectId: user.id,
        after: { provider: account.provider },
      });
    },
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      // Ends this session wherever its cookie was copied to, not only in this browser.
      if (token?.sub && typeof token.sessionVersion === "number") {
        await endSessionsOnSignOut(token.sub, token.sessionVersion);
      }
      await recordAuditEntry({
        actor: { id: token?.sub ?? null, email: token?.email ?? null },
        action: "auth.sign_out",
        subjectType: "user",
        subjectId: token?.sub,
      });
    },
  },
} satisfies NextAuthConfig;

// Auth.js builds its links from the host a request names only when told to trust it: it is told
// so per request, and only when that host is SITE_URL's (site-host.ts). Server components and
// actions pass no request, so their headers are read instead.
export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => ({
  ...config,
  trustHost: isSiteHost(request?.headers ?? (await headers())),
}));
