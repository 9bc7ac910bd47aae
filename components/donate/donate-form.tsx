"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { describedByIds, FieldError, FormAlert } from "@/components/ui/form-feedback";
import { formatMoney, parseMajorAmount } from "@/lib/donations/currencies";
import type { CurrencyOption } from "@/lib/donations/donation-config";
import {
  DONATION_TEXT_LIMITS,
  type DonationField,
  type DonationFieldError,
} from "@/lib/donations/donation-form-schema";
import { startDonation } from "./donate-actions";
import { type DonateFormValues, initialDonateFormState } from "./donate-form-state";

type DonateFormProps = {
  locale: string;
  currencies: CurrencyOption[];
  initialValues: DonateFormValues;
  /** Who receives the money, shown next to the button. */
  statementHeading: string;
  statement: string;
};

const inputClass =
  "mt-2 block w-full rounded-md border border-ink-muted bg-white px-3 py-2 text-base text-ink aria-invalid:border-2 aria-invalid:border-red-700";
const legendClass = "text-lg font-semibold text-heart-900";
const optionClass =
  "flex cursor-pointer items-center gap-3 rounded-md border border-heart-200 bg-white px-4 py-3 text-base font-medium text-heart-900 has-checked:border-2 has-checked:border-heart-700 has-checked:bg-heart-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-heart-700";
const FIELD_ORDER: readonly DonationField[] = [
  "frequency",
  "currency",
  "amount",
  "publicName",
  "message",
  "inHonourOf",
];

export function DonateForm({
  locale,
  currencies,
  initialValues,
  statementHeading,
  statement,
}: DonateFormProps) {
  const t = useTranslations("Donate");
  const [state, formAction, isPending] = useActionState(startDonation, initialDonateFormState);
  const values = state.values ?? initialValues;
  const errors = state.fieldErrors;
  const id = useId();
  const fieldId = (field: string) => `${id}-${field}`;
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const [currency, setCurrency] = useState(values.currency);
  const [frequency, setFrequency] = useState(values.frequency);
  const [preset, setPreset] = useState(values.preset);
  const [customAmount, setCustomAmount] = useState(values.customAmount);
  const [visibility, setVisibility] = useState(values.visibility);

  // After a refused submission: keep the choices and move focus to the first field to fix.
  useEffect(() => {
    if (state.status === "idle") return;
    if (state.values) {
      setCurrency(state.values.currency);
      setFrequency(state.values.frequency);
      setPreset(state.values.preset);
      setCustomAmount(state.values.customAmount);
      setVisibility(state.values.visibility);
    }
    const firstInvalid = FIELD_ORDER.find((field) => state.fieldErrors[field] !== undefined);
    const target = firstInvalid
      ? formRef.current?.querySelector<HTMLElement>(`[data-field="${firstInvalid}"]`)
      : alertRef.current;
    target?.focus();
  }, [state]);

  const option = currencies.find((candidate) => candidate.code === currency) ?? currencies[0];
  const money = (amount: number, code = currency) => formatMoney(amount, code, locale);

  const chosenAmount = (() => {
    if (preset !== "custom") {
      const [code, amount] = preset.split(":");
      return code === currency && amount ? Number(amount) : null;
    }
    return parseMajorAmount(customAmount, currency);
  })();

  const errorText = (error: DonationFieldError | undefined) => {
    if (!error) return null;
    const limit = error.limit ? money(error.limit.amount, error.limit.currency) : "";
    return t(`errors.${error.code}`, { limit });
  };

  const describedBy = (field: DonationField, hint: boolean) =>
    describedByIds(hint && `${fieldId(field)}-hint`, errors[field] && `${fieldId(field)}-error`);

  const fieldError = (field: DonationField) => (
    <FieldError id={`${fieldId(field)}-error`} message={errorText(errors[field])} />
  );

  const formMessage = (() => {
    switch (state.status) {
      case "invalid":
        return t("errorSummary");
      case "rateLimited":
        return t("rateLimited", { minutes: state.retryAfterMinutes ?? 1 });
      case "notConfigured":
        return t("notConfigured");
      case "unavailable":
        return t("unavailable");
      case "idle":
        return null;
    }
  })();

  const submitLabel = (() => {
    if (isPending) return t("submitPending");
    if (chosenAmount === null || chosenAmount <= 0) return t("submitNoAmount");
    return frequency === "monthly"
      ? t("submitMonthly", { amount: money(chosenAmount) })
      : t("submitOnce", { amount: money(chosenAmount) });
  })();

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-8">
      <input type="hidden" name="locale" value={locale} />

      <FormAlert ref={alertRef} message={formMessage} />

      <fieldset aria-describedby={errors.frequency ? `${fieldId("frequency")}-error` : undefined}>
        <legend className={legendClass}>{t("frequencyLegend")}</legend>
        <div className="mt-3 grid grid-cols-2 gap-3">
          {(["once", "monthly"] as const).map((choice, index) => (
            <label key={choice} className={optionClass}>
              <input
                type="radio"
                name="frequency"
                value={choice}
                checked={frequency === choice}
                onChange={() => setFrequency(choice)}
                data-field={index === 0 ? "frequency" : undefined}
                className="size-5 accent-heart-700"
              />
              {choice === "once" ? t("frequencyOnce") : t("frequencyMonthly")}
            </label>
          ))}
        </div>
        {fieldError("frequency")}
      </fieldset>

      <div>
        <label htmlFor={fieldId("currency")} className={legendClass}>
          {t("currencyLabel")}
        </label>
        <select
          id={fieldId("currency")}
          name="currency"
          data-field="currency"
          value={currency}
          onChange={(event) => {
            const next = event.target.value;
            setCurrency(next);
            // A preset belongs to its currency: pick the same position in the new one.
            const index = option?.presets.findIndex((amount) => `${currency}:${amount}` === preset);
            const nextOption = currencies.find((candidate) => candidate.code === next);
            const nextAmount =
              index === undefined || index < 0 ? undefined : nextOption?.presets[index];
            if (nextAmount !== undefined) setPreset(`${next}:${nextAmount}`);
          }}
          aria-invalid={errors.currency ? true : undefined}
          aria-describedby={describedBy("currency", false)}
          className={`${inputClass} max-w-xs`}
        >
          {currencies.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.code.toUpperCase()}
            </option>
          ))}
        </select>
        {fieldError("currency")}
      </div>

      <fieldset aria-describedby={describedBy("amount", true)}>
        <legend className={legendClass}>{t("amountLegend")}</legend>
        <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {(option?.presets ?? []).map((amount, index) => {
            const value = `${currency}:${amount}`;
            return (
              <label key={value} className={optionClass}>
                <input
                  type="radio"
                  name="preset"
                  value={value}
                  checked={preset === value}
                  onChange={() => setPreset(value)}
                  data-field={index === 0 ? "amount" : undefined}
                  className="size-5 accent-heart-700"
                />
                <span className="tabular-nums">
                  {frequency === "monthly"
                    ? t("amountMonthlySuffix", { amount: money(amount) })
                    : money(amount)}
                </span>
              </label>
            );
          })}
          <label className={`${optionClass} col-span-2 sm:col-span-4`}>
            <input
              type="radio"
              name="preset"
              value="custom"
              checked={preset === "custom"}
              onChange={() => setPreset("custom")}
              className="size-5 accent-heart-700"
            />
            {t("customAmountOption")}
          </label>
        </div>
        <div className="mt-4">
          <label htmlFor={fieldId("customAmount")} className="block font-semibold text-heart-900">
            {t("customAmountLabel", { currency: currency.toUpperCase() })}
          </label>
          <p id={`${fieldId("amount")}-hint`} className="mt-1 text-base text-ink-muted">
            {option
              ? t(option.decimals === 0 ? "customAmountHintZeroDecimal" : "customAmountHint", {
                  minimum: money(option.minimum),
                  maximum: money(option.maximum),
                })
              : null}
          </p>
          <input
            id={fieldId("customAmount")}
            name="customAmount"
            type="text"
            inputMode={option?.decimals === 0 ? "numeric" : "decimal"}
            autoComplete="off"
            value={customAmount}
            onChange={(event) => {
              setCustomAmount(event.target.value);
              setPreset("custom");
            }}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby={describedBy("amount", true)}
            className={`${inputClass} max-w-xs`}
          />
          {fieldError("amount")}
        </div>
      </fieldset>

      <fieldset>
        <legend className={legendClass}>{t("visibilityLegend")}</legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {(["anonymous", "name"] as const).map((choice) => (
            <label key={choice} className={optionClass}>
              <input
                type="radio"
                name="visibility"
                value={choice}
                checked={visibility === choice}
                onChange={() => setVisibility(choice)}
                className="size-5 accent-heart-700"
              />
              {choice === "name" ? t("visibilityName") : t("visibilityAnonymous")}
            </label>
          ))}
        </div>
        <div className="mt-4">
          <label htmlFor={fieldId("publicName")} className="block font-semibold text-heart-900">
            {t("publicNameLabel")}
          </label>
          <p id={`${fieldId("publicName")}-hint`} className="mt-1 text-base text-ink-muted">
            {t("publicNameHint")}
          </p>
          <input
            id={fieldId("publicName")}
            name="publicName"
            type="text"
            autoComplete="name"
            data-field="publicName"
            maxLength={DONATION_TEXT_LIMITS.publicName}
            defaultValue={values.publicName}
            onInput={() => setVisibility("name")}
            aria-invalid={errors.publicName ? true : undefined}
            aria-describedby={describedBy("publicName", true)}
            className={inputClass}
          />
          {fieldError("publicName")}
        </div>
      </fieldset>

      <div>
        <label htmlFor={fieldId("message")} className="block font-semibold text-heart-900">
          {t("messageLabel")}
        </label>
        <p id={`${fieldId("message")}-hint`} className="mt-1 text-base text-ink-muted">
          {t("messageHint", { max: DONATION_TEXT_LIMITS.message })}
        </p>
        <textarea
          id={fieldId("message")}
          name="message"
          rows={3}
          data-field="message"
          maxLength={DONATION_TEXT_LIMITS.message}
          defaultValue={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy("message", true)}
          className={inputClass}
        />
        {fieldError("message")}
      </div>

      <div>
        <label htmlFor={fieldId("inHonourOf")} className="block font-semibold text-heart-900">
          {t("inHonourOfLabel")}
        </label>
        <p id={`${fieldId("inHonourOf")}-hint`} className="mt-1 text-base text-ink-muted">
          {t("inHonourOfHint")}
        </p>
        <input
          id={fieldId("inHonourOf")}
          name="inHonourOf"
          type="text"
          data-field="inHonourOf"
          maxLength={DONATION_TEXT_LIMITS.inHonourOf}
          defaultValue={values.inHonourOf}
          aria-invalid={errors.inHonourOf ? true : undefined}
          aria-describedby={describedBy("inHonourOf", true)}
          className={inputClass}
        />
        {fieldError("inHonourOf")}
      </div>

      <div className="rounded-lg border border-heart-200 border-s-4 border-s-heart-700 bg-heart-50 p-4">
        <h3 className="font-semibold text-heart-900">{statementHeading}</h3>
        <p data-testid="donation-statement" className="mt-1 text-base/relaxed">
          {statement}
        </p>
        <button
          type="submit"
          disabled={isPending}
          aria-disabled={isPending}
          className="mt-4 inline-flex min-h-12 items-center rounded-md bg-heart-700 px-6 py-3 text-lg font-semibold text-white hover:bg-heart-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-heart-900 disabled:opacity-80"
        >
          {submitLabel}
        </button>
        <p className="mt-3 text-base text-ink-muted">{t("secureNote")}</p>
      </div>
    </form>
  );
}
