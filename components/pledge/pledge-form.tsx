"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { describedByIds, FieldError, FormAlert } from "@/components/ui/form-feedback";
import { Link } from "@/i18n/navigation";
import type { Country } from "@/lib/countries/list-countries";
import { countryFromLanguages } from "@/lib/countries/list-countries";
import {
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  MESSAGE_MAX,
  type PledgeField,
} from "@/lib/pledges/pledge-input-schema";
import { signPledge } from "./pledge-actions";
import { initialPledgeFormState } from "./pledge-form-state";

type PledgeFormProps = {
  locale: string;
  countries: Country[];
  /** From the request's Accept-Language, when it names a region. */
  defaultCountry: string | undefined;
  /** Signed time the form was shown (lib/pledges/form-token.ts). */
  formToken: string;
};

const inputClass =
  "mt-2 block w-full rounded-md border bg-white px-3 py-2 text-base text-ink aria-invalid:border-red-700 aria-invalid:border-2";
const FIELD_ORDER: readonly PledgeField[] = [
  "displayName",
  "email",
  "country",
  "message",
  "consent",
];

export function PledgeForm({ locale, countries, defaultCountry, formToken }: PledgeFormProps) {
  const t = useTranslations("Pledge");
  const [state, formAction, isPending] = useActionState(signPledge, initialPledgeFormState);
  const values = state.values;
  const errors = state.fieldErrors;
  const id = useId();
  const fieldId = (field: string) => `${id}-${field}`;
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const [country, setCountry] = useState(values?.country ?? defaultCountry ?? "");
  const [countryQuery, setCountryQuery] = useState("");
  const [message, setMessage] = useState(values?.message ?? "");
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    setHydrated(true);
    // Without a region in the request's languages, the browser may know better.
    setCountry((current) => current || countryFromLanguages(navigator.languages) || "");
  }, []);

  // After a refused submission: move focus to the first field to fix, or to the message above.
  useEffect(() => {
    if (state.status === "idle") return;
    if (state.values) {
      setCountry(state.values.country);
      setMessage(state.values.message);
    }
    const firstInvalid = FIELD_ORDER.find((field) => state.fieldErrors[field] !== undefined);
    const target = firstInvalid
      ? formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${firstInvalid}`)}`)
      : alertRef.current;
    target?.focus();
  }, [state, id]);

  const describedBy = (field: PledgeField, hint: boolean) =>
    describedByIds(hint && `${fieldId(field)}-hint`, errors[field] && `${fieldId(field)}-error`);

  const fieldError = (field: PledgeField) => {
    const code = errors[field];
    return (
      <FieldError
        id={`${fieldId(field)}-error`}
        message={code === undefined ? null : t(`errors.${code}`)}
      />
    );
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
        return t("unavailable");
      case "idle":
        return null;
    }
  })();

  const matchesQuery = (option: Country, query: string) =>
    option.name.toLocaleLowerCase(locale).includes(query.trim().toLocaleLowerCase(locale));
  const shownCountries =
    countryQuery.trim() === ""
      ? countries
      : countries.filter((option) => option.code === country || matchesQuery(option, countryQuery));

  // Typing in the search picks the first match, so "Norway" + Tab is enough.
  function searchCountries(query: string) {
    setCountryQuery(query);
    if (query.trim() === "") return;
    const matches = countries.filter((option) => matchesQuery(option, query));
    const current = matches.find((option) => option.code === country);
    const first = matches[0];
    if (current === undefined && first !== undefined) setCountry(first.code);
  }

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="formToken" value={state.formToken ?? formToken} />
      <input type="hidden" name="locale" value={locale} />

      <FormAlert ref={alertRef} message={formMessage} />

      <p className="text-base text-ink-muted">{t("requiredNote")}</p>

      <div>
        <label htmlFor={fieldId("displayName")} className="block font-semibold text-heart-900">
          {t("displayNameLabel")}
        </label>
        <p id={`${fieldId("displayName")}-hint`} className="mt-1 text-base text-ink-muted">
          {t("displayNameHint")}
        </p>
        <input
          id={fieldId("displayName")}
          name="displayName"
          type="text"
          autoComplete="given-name"
          required
          maxLength={DISPLAY_NAME_MAX}
          defaultValue={values?.displayName ?? ""}
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby={describedBy("displayName", true)}
          className={`${inputClass} border-ink-muted`}
        />
        {fieldError("displayName")}
      </div>

      <div>
        <label htmlFor={fieldId("email")} className="block font-semibold text-heart-900">
          {t("emailLabel")}
        </label>
        <p id={`${fieldId("email")}-hint`} className="mt-1 text-base text-ink-muted">
          {t("emailHint")}
        </p>
        <input
          id={fieldId("email")}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          maxLength={EMAIL_MAX}
          defaultValue={values?.email ?? ""}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy("email", true)}
          className={`${inputClass} border-ink-muted`}
        />
        {fieldError("email")}
      </div>

      <div>
        <label htmlFor={fieldId("country")} className="block font-semibold text-heart-900">
          {t("countryLabel")}
        </label>
        {hydrated ? (
          <div className="mt-2">
            <label htmlFor={fieldId("countrySearch")} className="block text-base text-ink-muted">
              {t("countrySearchLabel")}
            </label>
            <input
              id={fieldId("countrySearch")}
              type="search"
              value={countryQuery}
              onChange={(event) => searchCountries(event.target.value)}
              autoComplete="off"
              aria-controls={fieldId("country")}
              className={`${inputClass} border-ink-muted sm:max-w-sm`}
            />
          </div>
        ) : null}
        <select
          id={fieldId("country")}
          name="country"
          required
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          aria-invalid={errors.country ? true : undefined}
          aria-describedby={describedBy("country", false)}
          className={`${inputClass} border-ink-muted sm:max-w-sm`}
        >
          <option value="">{t("countryPlaceholder")}</option>
          {shownCountries.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        {fieldError("country")}
      </div>

      <div>
        <label htmlFor={fieldId("message")} className="block font-semibold text-heart-900">
          {t("messageLabel")}
        </label>
        <p id={`${fieldId("message")}-hint`} className="mt-1 text-base text-ink-muted">
          {t("messageHint", { max: MESSAGE_MAX })}
        </p>
        <textarea
          id={fieldId("message")}
          name="message"
          rows={3}
          maxLength={MESSAGE_MAX}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy("message", true)}
          className={`${inputClass} border-ink-muted`}
        />
        {hydrated ? (
          <p className="mt-1 text-sm text-ink-muted">
            {t("messageCount", { count: message.length, max: MESSAGE_MAX })}
          </p>
        ) : null}
        {fieldError("message")}
      </div>

      <div className="flex gap-3">
        <input
          id={fieldId("showOnWall")}
          name="showOnWall"
          type="checkbox"
          defaultChecked={values?.showOnWall ?? false}
          aria-describedby={`${fieldId("showOnWall")}-hint`}
          className="mt-1 size-5 shrink-0 accent-heart-700"
        />
        <div>
          <label htmlFor={fieldId("showOnWall")} className="font-semibold text-heart-900">
            {t("showOnWallLabel")}
          </label>
          <p id={`${fieldId("showOnWall")}-hint`} className="mt-1 text-base text-ink-muted">
            {t("showOnWallHint")}
          </p>
        </div>
      </div>

      <div>
        <div className="flex gap-3">
          <input
            id={fieldId("consent")}
            name="consent"
            type="checkbox"
            required
            defaultChecked={values?.consent ?? false}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy("consent", true)}
            className="mt-1 size-5 shrink-0 accent-heart-700"
          />
          <div>
            <label htmlFor={fieldId("consent")} className="font-semibold text-heart-900">
              {t.rich("consentLabel", {
                link: (chunks) => (
                  <Link href="/privacy" className="text-heart-800 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </label>
            <p id={`${fieldId("consent")}-hint`} className="mt-1 text-base text-ink-muted">
              {t("consentHint")}
            </p>
          </div>
        </div>
        {fieldError("consent")}
      </div>

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

      <button
        type="submit"
        disabled={isPending}
        className="rounded-md bg-heart-700 px-6 py-3 text-lg font-semibold text-white hover:bg-heart-800 disabled:cursor-wait disabled:bg-heart-800"
      >
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
