"use server";
// Signing in and out. Open to anyone by nature (publicAction: no role); Auth.js's authorize
// (lib/auth/authorize-staff.ts) applies the rate limits and writes the audit trail.
import { headers } from "next/headers";
import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/public-action";
import { signIn, signOut } from "@/lib/auth/auth";
import { staffCredentialsSchema } from "@/lib/auth/authorize-staff";
import { describeOptionalProviders } from "@/lib/auth/optional-providers";
import { SIGN_IN_PATH, safeReturnPath } from "@/lib/auth/return-path";
import { retryAfterFromCode } from "@/lib/auth/sign-in-errors";
import { isSiteHost } from "@/lib/auth/site-host";
import { env } from "@/lib/env";
import { retryAfterMinutes } from "@/lib/rate-limit/consume-rate-limit";

export interface SignInState {
  error?: string;
  fieldErrors?: { email?: string; password?: string };
  email?: string;
  /** Counts attempts, so the form re-mounts its email field with the address just tried. */
  attempt?: number;
}

const callbackUrl = z.string().max(2000).optional();

// A field left out of the post reads as empty, so it gets the same message as an empty input.
const signInSchema = z.preprocess(
  (fields) => ({
    email: "",
    password: "",
    ...(typeof fields === "object" && fields !== null ? fields : {}),
  }),
  staffCredentialsSchema.extend({ callbackUrl }),
);

const previousAttempt = z.object({ attempt: z.number().int().min(0).max(1_000_000) });

function attemptAfter(previous: unknown): number {
  const parsed = previousAttempt.safeParse(previous);
  return (parsed.success ? parsed.data.attempt : 0) + 1;
}

function typedEmail(form: FormData | null): string {
  const email = form?.get("email");
  return typeof email === "string" ? email.slice(0, 1000) : "";
}

export const signInWithPassword = publicAction(
  {
    schema: signInSchema,
    refuse: async ({ kind, form, previous, issues }): Promise<SignInState> => {
      const t = await getTranslations({ locale: "en", namespace: "Admin.signIn" });
      const fields = new Set(issues.map((issue) => issue.path[0]));
      return {
        email: typedEmail(form),
        attempt: attemptAfter(previous),
        fieldErrors: {
          email: kind === "malformed" || fields.has("email") ? t("missingEmail") : undefined,
          password:
            kind === "malformed" || fields.has("password") ? t("missingPassword") : undefined,
        },
      };
    },
  },
  async ({ input, form, previous }): Promise<SignInState> => {
    const t = await getTranslations({ locale: "en", namespace: "Admin.signIn" });
    const email = typedEmail(form);
    const attempt = attemptAfter(previous);
    // Auth.js does not trust another host (lib/auth/site-host.ts): say where to sign in instead.
    if (!isSiteHost(await headers())) {
      return { email, attempt, error: t("wrongHost", { site: env.SITE_URL }) };
    }
    const redirectTo = safeReturnPath(input.callbackUrl);
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo });
    } catch (error) {
      // Anything else (including the redirect that follows success) must propagate.
      if (!(error instanceof CredentialsSignin)) throw error;
      const retryAfter = retryAfterFromCode(error.code);
      return {
        email,
        attempt,
        error:
          retryAfter === undefined
            ? t("invalid")
            : t("rateLimited", { minutes: retryAfterMinutes(retryAfter) }),
      };
    }
    return { email, attempt };
  },
);

const providerSchema = z.object({
  provider: z.string().max(100),
  email: z.string().max(1000).optional(),
  callbackUrl,
});

/** GitHub or an email link, when switched on; only existing staff get through (lib/auth/auth.ts). */
export const signInWithProvider = publicAction(
  // Nothing to report on a form that names no provider: the sign-in page simply stays.
  { schema: providerSchema, refuse: async () => undefined },
  async ({ input }) => {
    const provider = describeOptionalProviders().find(
      (candidate) => candidate.id === input.provider,
    );
    if (!provider || !isSiteHost(await headers())) return;
    const redirectTo = safeReturnPath(input.callbackUrl);
    if (provider.kind === "email") {
      const email = staffCredentialsSchema.shape.email.safeParse(input.email);
      if (!email.success) return;
      await signIn(provider.id, { email: email.data, redirectTo });
      return;
    }
    await signIn(provider.id, { redirectTo });
  },
);

/** Ends the caller's own session (nothing to guard: it can only sign out whoever calls it). */
export const signOutAction = publicAction(
  { schema: z.object({}), refuse: async () => undefined },
  async () => {
    // Under another host there is no session of this site's to end (its cookie is not sent there).
    if (!isSiteHost(await headers())) return;
    await signOut({ redirectTo: SIGN_IN_PATH });
  },
);
