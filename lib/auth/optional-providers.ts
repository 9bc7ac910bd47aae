import "server-only";
// Sign-in methods beyond email + password, each switched on by its environment variables
// (docs/decisions/006-admin-auth.md). They only let EXISTING, active staff in: the signIn callback
// in auth.ts refuses any email that is not a staff account, so nobody can sign themselves up.
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Resend from "next-auth/providers/resend";
import { env } from "@/lib/env";

export interface OptionalProvider {
  id: string;
  name: string;
  kind: "oauth" | "email";
}

export function optionalProviders(): Provider[] {
  const providers: Provider[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push(
      GitHub({
        clientId: env.AUTH_GITHUB_ID,
        clientSecret: env.AUTH_GITHUB_SECRET,
        // Staff accounts are created by an admin with an email; the first GitHub sign-in with that
        // (GitHub-verified) email attaches to it. Unknown emails are refused in the signIn callback.
        allowDangerousEmailAccountLinking: true,
      }),
    );
  }
  if (env.AUTH_RESEND_KEY && env.AUTH_EMAIL_FROM) {
    providers.push(Resend({ apiKey: env.AUTH_RESEND_KEY, from: env.AUTH_EMAIL_FROM }));
  }
  return providers;
}

/** What the sign-in page offers besides the password form. */
export function describeOptionalProviders(): OptionalProvider[] {
  const described: OptionalProvider[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    described.push({ id: "github", name: "GitHub", kind: "oauth" });
  }
  if (env.AUTH_RESEND_KEY && env.AUTH_EMAIL_FROM) {
    described.push({ id: "resend", name: "Email", kind: "email" });
  }
  return described;
}
