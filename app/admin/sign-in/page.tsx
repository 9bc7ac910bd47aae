import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInWithPassword, signInWithProvider } from "@/components/admin/session-actions";
import { SignInForm } from "@/components/admin/sign-in-form";
import { describeOptionalProviders } from "@/lib/auth/optional-providers";
import { staffAccess } from "@/lib/auth/require-role";
import { safeReturnPath } from "@/lib/auth/return-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "Admin.signIn" });
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl));
  // Already signed in (and still active): straight to where they were going.
  if ((await staffAccess("REVIEWER")).ok) redirect(callbackUrl);

  const t = await getTranslations({ locale: "en", namespace: "Admin.signIn" });
  const providers = describeOptionalProviders();
  // Auth.js sends OAuth/email refusals back here with ?error=...
  const error = first(params.error);
  const initialError =
    error === "AccessDenied"
      ? t("providerRefused")
      : error === "CredentialsSignin"
        ? t("invalid")
        : undefined;

  return (
    <div className="mx-auto max-w-md rounded-lg border border-heart-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold text-heart-900">{t("title")}</h1>
      <p className="mt-2 mb-6 text-ink-muted">{t("intro")}</p>
      <SignInForm
        action={signInWithPassword}
        callbackUrl={callbackUrl}
        initialError={initialError}
        labels={{
          email: t("email"),
          password: t("password"),
          submit: t("submit"),
          submitting: t("submitting"),
        }}
      />
      {providers.length > 0 ? (
        <div className="mt-6 space-y-3 border-heart-200 border-t pt-4">
          <p className="font-medium">{t("otherMethods")}</p>
          {providers.map((provider) => (
            <form
              key={provider.id}
              action={signInWithProvider}
              className="flex flex-wrap items-end gap-2"
            >
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              {provider.kind === "email" ? (
                <div className="grow">
                  <label htmlFor={`email-${provider.id}`} className="block text-sm font-medium">
                    {t("email")}
                  </label>
                  <input
                    id={`email-${provider.id}`}
                    name="email"
                    type="email"
                    required
                    autoComplete="email"
                    className="block w-full rounded-md border border-ink-muted px-3 py-2"
                  />
                </div>
              ) : null}
              <button
                type="submit"
                className="rounded-md border border-heart-800 px-4 py-2 font-medium text-heart-900"
              >
                {provider.kind === "email"
                  ? t("emailLink")
                  : t("withProvider", { provider: provider.name })}
              </button>
            </form>
          ))}
        </div>
      ) : null}
    </div>
  );
}
