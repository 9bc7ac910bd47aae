"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field } from "@/components/ui/field";
import { describedByIds, FieldError, FormAlert } from "@/components/ui/form-feedback";
import { RadioCard } from "@/components/ui/radio-card";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { type CardFee, coveredAmount } from "@/lib/donations/card-fee";
import { parseMajorAmount } from "@/lib/donations/currencies";
import type { CurrencyOption } from "@/lib/donations/donation-config";
import {
  DONATION_TEXT_LIMITS,
  type DonationField,
  type DonationFieldError,
} from "@/lib/donations/donation-fields";
import { formatMoney } from "@/lib/money/format-money";
import { startDonation } from "./donate-actions";
import { type DonateFormValues, initialDonateFormState } from "./donate-form-state";

type DonateFormProps = {
  locale: string;
  currencies: CurrencyOption[];
  /** Stripe's card fee on the account, and the currency its fixed part is in. */
  cardFee: CardFee;
  settlementCurrency: string;
  initialValues: DonateFormValues;
  /** Who receives the money, shown next to the button. */
  statementHeading: string;
  statement: string;
};

const legendClass = "text-lg font-semibold text-heart-900";
const FIELD_ORDER: readonly DonationField[] = [
  "frequency",
  "currency",
  "amount",
  "coverFees",
  "publicName",
  "message",
  "inHonourOf",
];

export function DonateForm({
  locale,
  currencies,
  cardFee,
  settlementCurrency,
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
  const { formRef, alertRef } = useFocusFirstError(state, FIELD_ORDER);

  const [currency, setCurrency] = useState(values.currency);
  const [frequency, setFrequency] = useState(values.frequency);
  const [preset, setPreset] = useState(values.preset);
  const [customAmount, setCustomAmount] = useState(values.customAmount);
  const [visibility, setVisibility] = useState(values.visibility);
  const [coverFees, setCoverFees] = useState(values.coverFees);
  // The live total needs JavaScript; without it the hint says where the total is shown instead.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // After a refused submission: keep the choices (focus: the hook above).
  useEffect(() => {
    if (state.values) {
      setCurrency(state.values.currency);
      setFrequency(state.values.frequency);
      setPreset(state.values.preset);
      setCustomAmount(state.values.customAmount);
      setVisibility(state.values.visibility);
      setCoverFees(state.values.coverFees);
    }
  }, [state]);

  const option = currencies.find((candidate) => candidate.code === currency) ?? currencies[0];
  const money = (amount: number, code = currency) => formatMoney(amount, code, locale);

  const chosenAmount = (() => {
    if (preset !== "custom") {
      const [code, amount] = preset.split(":");
      return code === currency && amount ? Number(amount) : null;
    }
    return parseMajorAmount(customAmount, currency, locale);
  })();

  const validAmount =
    chosenAmount !== null &&
    option !== undefined &&
    chosenAmount >= option.minimum &&
    chosenAmount <= option.maximum
      ? chosenAmount
      : null;
  const charged =
    coverFees && validAmount !== null && option
      ? coveredAmount(validAmount, cardFee.basisPoints, option.feeFixed)
      : validAmount;
  const feeRate = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 2,
  }).format(cardFee.basisPoints / 10_000);

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
    const amount = money(charged ?? chosenAmount);
    return frequency === "monthly" ? t("submitMonthly", { amount }) : t("submitOnce", { amount });
  })();

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-8">
      <input type="hidden" name="locale" value={locale} />

      <FormAlert ref={alertRef} message={formMessage} />

      <fieldset aria-describedby={errors.frequency ? `${fieldId("frequency")}-error` : undefined}>
        <legend className={legendClass}>{t("frequencyLegend")}</legend>
        <div className="mt-3 grid grid-cols-2 gap-3">
          {(["once", "monthly"] as const).map((choice, index) => (
            <RadioCard
              key={choice}
              name="frequency"
              value={choice}
              checked={frequency === choice}
              onSelect={() => setFrequency(choice)}
              field={index === 0 ? "frequency" : undefined}
            >
              {choice === "once" ? t("frequencyOnce") : t("frequencyMonthly")}
            </RadioCard>
          ))}
        </div>
        {fieldError("frequency")}
      </fieldset>

      <Field
        id={fieldId("currency")}
        name="currency"
        label={t("currencyLabel")}
        labelClassName={legendClass}
        error={errorText(errors.currency)}
      >
        {(control) => (
          <select
            {...control}
            value={currency}
            onChange={(event) => {
              const next = event.target.value;
              setCurrency(next);
              // A preset belongs to its currency: pick the same position in the new one.
              const index = option?.presets.findIndex(
                (amount) => `${currency}:${amount}` === preset,
              );
              const nextOption = currencies.find((candidate) => candidate.code === next);
              const nextAmount =
                index === undefined || index < 0 ? undefined : nextOption?.presets[index];
              if (nextAmount !== undefined) setPreset(`${next}:${nextAmount}`);
            }}
            className={`${control.className} max-w-xs`}
          >
            {currencies.map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {candidate.code.toUpperCase()}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset aria-describedby={describedBy("amount", true)} data-reveal-group>
        <legend className={legendClass}>{t("amountLegend")}</legend>
        <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {(option?.presets ?? []).map((amount, index) => {
            const value = `${currency}:${amount}`;
            return (
              <RadioCard
                key={value}
                name="preset"
                value={value}
                checked={preset === value}
                onSelect={() => setPreset(value)}
                field={index === 0 ? "amount" : undefined}
              >
                <span className="tabular-nums">
                  {frequency === "monthly"
                    ? t("amountMonthlySuffix", { amount: money(amount) })
                    : money(amount)}
                </span>
              </RadioCard>
            );
          })}
          <RadioCard
            name="preset"
            value="custom"
            checked={preset === "custom"}
            onSelect={() => setPreset("custom")}
            reveals
            className="col-span-2 sm:col-span-4"
          >
            {t("customAmountOption")}
          </RadioCard>
        </div>
        {/* Shown once "Other amount" is chosen (app/globals.css, data-reveal-group). */}
        <div data-revealed>
          <Field
            id={fieldId("customAmount")}
            messagesId={fieldId("amount")}
            label={t("customAmountLabel", { currency: currency.toUpperCase() })}
            hint={
              option
                ? t(option.decimals === 0 ? "customAmountHintZeroDecimal" : "customAmountHint", {
                    minimum: money(option.minimum),
                    maximum: money(option.maximum),
                  })
                : null
            }
            error={errorText(errors.amount)}
            className="mt-4"
          >
            {(control) => (
              <input
                {...control}
                name="customAmount"
                type="text"
                inputMode={option?.decimals === 0 ? "numeric" : "decimal"}
                autoComplete="off"
                value={customAmount}
                onChange={(event) => {
                  setCustomAmount(event.target.value);
                  setPreset("custom");
                }}
                className={`${control.className} max-w-xs`}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <div>
        <CheckboxField
          id={fieldId("coverFees")}
          name="coverFees"
          label={t("coverFeesLabel")}
          error={errorText(errors.coverFees)}
          hint={
            cardFee.fixed > 0
              ? t("coverFeesHint", {
                  rate: feeRate,
                  fixed: money(cardFee.fixed, settlementCurrency),
                })
              : t("coverFeesHintNoFixed", { rate: feeRate })
          }
        >
          {(control) => (
            <input
              {...control}
              type="checkbox"
              checked={coverFees}
              onChange={(event) => setCoverFees(event.target.checked)}
            />
          )}
        </CheckboxField>
        <p
          data-testid="cover-fees-total"
          aria-live="polite"
          className="ms-8 mt-2 text-base font-medium text-heart-900"
        >
          {hydrated && coverFees && validAmount !== null && charged !== null
            ? t("coverFeesTotal", {
                total: money(charged),
                gift: money(validAmount),
                fee: money(charged - validAmount),
              })
            : null}
        </p>
      </div>

      <fieldset data-reveal-group>
        <legend className={legendClass}>{t("visibilityLegend")}</legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {(["anonymous", "name"] as const).map((choice) => (
            <RadioCard
              key={choice}
              name="visibility"
              value={choice}
              checked={visibility === choice}
              onSelect={() => setVisibility(choice)}
              reveals={choice === "name"}
            >
              {choice === "name" ? t("visibilityName") : t("visibilityAnonymous")}
            </RadioCard>
          ))}
        </div>
        {/* Shown once "Show my name" is chosen. */}
        <div data-revealed>
          <Field
            id={fieldId("publicName")}
            name="publicName"
            label={t("publicNameLabel")}
            hint={t("publicNameHint")}
            error={errorText(errors.publicName)}
            input={{
              type: "text",
              autoComplete: "name",
              maxLength: DONATION_TEXT_LIMITS.publicName,
              defaultValue: values.publicName,
              onInput: () => setVisibility("name"),
            }}
            className="mt-4"
          />
        </div>
      </fieldset>

      <Field
        id={fieldId("message")}
        name="message"
        label={t("messageLabel")}
        hint={t("messageHint", { max: DONATION_TEXT_LIMITS.message })}
        error={errorText(errors.message)}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={DONATION_TEXT_LIMITS.message}
            defaultValue={values.message}
          />
        )}
      </Field>

      <Field
        id={fieldId("inHonourOf")}
        name="inHonourOf"
        label={t("inHonourOfLabel")}
        hint={t("inHonourOfHint")}
        error={errorText(errors.inHonourOf)}
        input={{
          type: "text",
          maxLength: DONATION_TEXT_LIMITS.inHonourOf,
          defaultValue: values.inHonourOf,
        }}
      />

      <div className="rounded-lg border border-heart-200 border-s-4 border-s-heart-700 bg-heart-50 p-4">
        <h3 className="font-semibold text-heart-900">{statementHeading}</h3>
        <p data-testid="donation-statement" className="mt-1 text-base/relaxed">
          {statement}
        </p>
        <Button variant="campaign" size="lg" disabled={isPending} className="mt-4">
          {submitLabel}
        </Button>
        <p className="mt-3 text-base text-ink-muted">{t("secureNote")}</p>
      </div>
    </form>
  );
}
