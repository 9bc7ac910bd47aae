"use server";
// Password sign-in. Open to anyone by nature; Auth.js's authorize (lib/auth/authorize-staff.ts)
// applies the rate limits and writes the audit trail.
import { headers } from "next/headers";
import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth/auth";
import { staffCredentialsSchema } from "@/lib/auth/authorize-staff";
import { describeOptionalProviders } from "@/lib/auth/optional-providers";
import { safeReturnPath } from "@/lib/auth/return-path";
import { retryAfterFromCode } from "@/lib/auth/sign-in-errors";
import { retryAfterMinutes } from "@/lib/rate-limit/consume-rate-limit";

export interface SignInState {
  error?: string;
  fieldErrors?: { email?: string; password?: string };
  email?: string;
  /** Counts attempts, so the form re-mounts its email field with the address just tried. */
  attempt?: number;
}

export async function signInWithPassword(
  previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.signIn" });
  const email = String(formData.get("email") ?? "");
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = staffCredentialsSchema.safeParse({
    email,
    password: String(formData.get("password") ?? ""),
  });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return {
      email,
      attempt,
      fieldErrors: {
        email: fields.has("email") ? t("missingEmail") : undefined,
        password: fields.has("password") ? t("missingPassword") : undefined,
      },
    };
  }
  const redirectTo = safeReturnPath(String(formData.get("callbackUrl") ?? ""));
  // Reading the headers keeps this action dynamic; Auth.js reads them again for the client IP.
  await headers();
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
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
}

/** GitHub or an email link, when switched on; only existing staff get through (lib/auth/auth.ts). */
export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = describeOptionalProviders().find(
    (candidate) => candidate.id === formData.get("provider"),
  );
  if (!provider) return;
  const redirectTo = safeReturnPath(String(formData.get("callbackUrl") ?? ""));
  if (provider.kind === "email") {
    const email = staffCredentialsSchema.shape.email.safeParse(formData.get("email"));
    if (!email.success) return;
    await signIn(provider.id, { email: email.data, redirectTo });
    return;
  }
  await signIn(provider.id, { redirectTo });
}
