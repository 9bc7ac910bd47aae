import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import { signInWithPassword, signInWithProvider } from "@/components/admin/session-actions";
import { SignInForm } from "@/components/admin/sign-in-form";
import { StaffNotice } from "@/components/admin/staff-notice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { visitorLocale } from "@/i18n/visitor-locale";
import { adminPageTitle } from "@/lib/admin/admin-page-title";
import { describeOptionalProviders } from "@/lib/auth/optional-providers";
import { staffAccess } from "@/lib/auth/require-role";
import { safeReturnPath } from "@/lib/auth/return-path";
import { listParams, type SearchParams } from "@/lib/lists/list-query";

export const generateMetadata = adminPageTitle("signIn");

const single = listParams.text(2048);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(single.parse(params.callbackUrl));
  // Already signed in (and still active): straight to where they were going.
  if ((await staffAccess("REVIEWER")).ok) redirect(callbackUrl);

  const t = await getTranslations({ locale: "en", namespace: "Admin.signIn" });
  const providers = describeOptionalProviders();
  // Auth.js sends OAuth/email refusals back here with ?error=...
  const error = single.parse(params.error);
  const initialError =
    error === "AccessDenied"
      ? t("providerRefused")
      : error === "CredentialsSignin"
        ? t("invalid")
        : undefined;

  // The public notice speaks the visitor's language; next.config.ts sends Vary: Accept-Language.
  const visitor = visitorLocale((await headers()).get("accept-language"));

  return (
    <>
      <StaffNotice locale={visitor} />
      <div className="mx-auto max-w-md rounded-lg border border-heart-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold text-heart-900">{t("title")}</h1>
        <p className="mt-2 mb-6 text-ink-muted">{t("intro")}</p>
        <SignInForm
          action={signInWithPassword}
          callbackUrl={callbackUrl}
          initialError={initialError}
          labels={(await getMessages({ locale: "en" })).Admin.signIn}
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
                  <Field id={`email-${provider.id}`} label={t("email")} compact className="grow">
                    {(control) => (
                      <input {...control} name="email" type="email" required autoComplete="email" />
                    )}
                  </Field>
                ) : null}
                <Button variant="secondary">
                  {provider.kind === "email"
                    ? t("emailLink")
                    : t("withProvider", { provider: provider.name })}
                </Button>
              </form>
            ))}
          </div>
        ) : null}
      </div>
    </>
  );
}
