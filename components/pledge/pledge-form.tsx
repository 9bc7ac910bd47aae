"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-feedback";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { Link } from "@/i18n/navigation";
import { countryFromLanguages } from "@/lib/countries/list-countries";
import {
  indexCountries,
  type SearchableCountry,
  searchCountries,
} from "@/lib/countries/search-countries";
import { BUSY_RETRY_AFTER_SECONDS } from "@/lib/pledges/busy-retry";
import {
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  MESSAGE_MAX,
  type PledgeField,
} from "@/lib/pledges/pledge-fields";
import { signPledge } from "./pledge-actions";
import { initialPledgeFormState } from "./pledge-form-state";

type PledgeFormProps = {
  locale: string;
  /** In the language's collation order, each with its other names (list-countries.ts). */
  countries: SearchableCountry[];
  /**
   * Signed time the page was rendered (lib/pledges/form-token.ts). The page is cached (decision
   * 034), so this is when the cached copy was made: the browser swaps it for a fresh one at once.
   */
  formToken: string;
};

const FIELD_ORDER: readonly PledgeField[] = [
  "displayName",
  "email",
  "country",
  "message",
  "consent",
];

export function PledgeForm({ locale, countries, formToken }: PledgeFormProps) {
  const t = useTranslations("Pledge");
  const [state, formAction, isPending] = useActionState(signPledge, initialPledgeFormState);
  const values = state.values;
  const errors = state.fieldErrors;
  const id = useId();
  const fieldId = (field: string) => `${id}-${field}`;
  const { formRef, alertRef } = useFocusFirstError(state, FIELD_ORDER);

  const [country, setCountry] = useState(values?.country ?? "");
  const [countryQuery, setCountryQuery] = useState("");
  const [message, setMessage] = useState(values?.message ?? "");
  const [hydrated, setHydrated] = useState(false);
  const [freshToken, setFreshToken] = useState<string>();

  useEffect(() => {
    setHydrated(true);
    // The page is the same for everyone: the browser's languages suggest the country.
    setCountry((current) => current || countryFromLanguages(navigator.languages) || "");
    // A token of this visit, so the speed bump counts from now, not from the cached page.
    fetch("/api/pledges", { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((body: { formToken?: unknown } | undefined) => {
        if (typeof body?.formToken === "string") setFreshToken(body.formToken);
      })
      .catch(() => {
        // Offline for a moment: the page's own token still works.
      });
  }, []);

  // After a refused submission the controlled fields show what was sent (focus: the hook above).
  useEffect(() => {
    if (state.values) {
      setCountry(state.values.country);
      setMessage(state.values.message);
    }
  }, [state]);

  const errorText = (field: PledgeField) => {
    const code = errors[field];
    return code === undefined ? null : t(`errors.${code}`);
  };

  const formMessage = (() => {
    switch (state.status) {
      case "invalid":
        return t("errorSummary");
      case "tooFast":
        return t("tooFast");
      case "formExpired":
        return t("formExpired");
      case "rateLimited":
        return t("rateLimited", { minutes: state.retryAfterMinutes ?? 1 });
      case "unavailable":
        return t("unavailable", { seconds: BUSY_RETRY_AFTER_SECONDS });
      case "idle":
        return null;
    }
  })();

  const countryIndex = useMemo(() => indexCountries(countries, locale), [countries, locale]);
  const matches =
    countryQuery.trim() === "" ? countries : searchCountries(countryIndex, countryQuery);
  // The chosen country stays in the list, so the select never loses its value.
  const chosen = countries.find((option) => option.code === country);
  const shownCountries =
    chosen === undefined || matches.includes(chosen) ? matches : [...matches, chosen];

  // Typing in the search picks the best match, so "Norway" + Tab (or "UK" + Tab) is enough.
  function onCountrySearch(query: string) {
    setCountryQuery(query);
    if (query.trim() === "") return;
    const best = searchCountries(countryIndex, query)[0];
    if (best !== undefined) setCountry(best.code);
  }

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="formToken" value={state.formToken ?? freshToken ?? formToken} />
      <input type="hidden" name="locale" value={locale} />

      <FormAlert ref={alertRef} message={formMessage} />

      <p className="text-base text-ink-muted">{t("requiredNote")}</p>

      <Field
        id={fieldId("displayName")}
        name="displayName"
        label={t("displayNameLabel")}
        hint={t("displayNameHint")}
        error={errorText("displayName")}
        input={{
          type: "text",
          autoComplete: "given-name",
          required: true,
          maxLength: DISPLAY_NAME_MAX,
          defaultValue: values?.displayName ?? "",
        }}
      />

      <Field
        id={fieldId("email")}
        name="email"
        label={t("emailLabel")}
        hint={t("emailHint")}
        error={errorText("email")}
        input={{
          type: "email",
          autoComplete: "email",
          inputMode: "email",
          spellCheck: false,
          required: true,
          maxLength: EMAIL_MAX,
          defaultValue: values?.email ?? "",
        }}
      />

      <Field
        id={fieldId("country")}
        name="country"
        label={t("countryLabel")}
        error={errorText("country")}
      >
        {(control) => (
          <>
            {hydrated ? (
              <div className="mt-2">
                <label
                  htmlFor={fieldId("countrySearch")}
                  className="block text-base text-ink-muted"
                >
                  {t("countrySearchLabel")}
                </label>
                <input
                  id={fieldId("countrySearch")}
                  type="search"
                  value={countryQuery}
                  onChange={(event) => onCountrySearch(event.target.value)}
                  autoComplete="off"
                  aria-controls={fieldId("country")}
                  className={`${control.className} sm:max-w-sm`}
                />
              </div>
            ) : null}
            <select
              {...control}
              required
              value={country}
              onChange={(event) => setCountry(event.target.value)}
              className={`${control.className} sm:max-w-sm`}
            >
              <option value="">{t("countryPlaceholder")}</option>
              {shownCountries.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </>
        )}
      </Field>

      <Field
        id={fieldId("message")}
        name="message"
        label={t("messageLabel")}
        hint={t("messageHint", { max: MESSAGE_MAX })}
        error={errorText("message")}
      >
        {(control) => (
          <>
            <textarea
              {...control}
              rows={3}
              maxLength={MESSAGE_MAX}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
            />
            {hydrated ? (
              <p className="mt-1 text-sm text-ink-muted">
                {t("messageCount", { count: message.length, max: MESSAGE_MAX })}
              </p>
            ) : null}
          </>
        )}
      </Field>

      <CheckboxField
        id={fieldId("showOnWall")}
        name="showOnWall"
        label={t("showOnWallLabel")}
        hint={t("showOnWallHint")}
      >
        {(control) => (
          <input {...control} type="checkbox" defaultChecked={values?.showOnWall ?? false} />
        )}
      </CheckboxField>

      <CheckboxField
        id={fieldId("consent")}
        name="consent"
        label={t.rich("consentLabel", {
          link: (chunks) => (
            <Link href="/privacy" className="text-heart-800 underline">
              {chunks}
            </Link>
          ),
        })}
        hint={t("consentHint")}
        error={errorText("consent")}
      >
        {(control) => (
          <input {...control} type="checkbox" required defaultChecked={values?.consent ?? false} />
        )}
      </CheckboxField>

      {/* The honeypot: out of sight and out of the tab order, so only bots fill it in. */}
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={fieldId("website")}>{t("honeypotLabel")}</label>
        <input
          id={fieldId("website")}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>

      <Button variant="campaign" size="lg" disabled={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
