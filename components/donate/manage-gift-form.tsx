"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-feedback";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { requestManageGiftLink } from "./manage-gift-actions";
import { initialManageGiftFormState } from "./manage-gift-form-state";

const FIELD_ORDER = ["email"] as const;

/** The donor's email, for a link to manage their monthly gift. Works without JavaScript. */
export function ManageGiftForm({ locale, minutes }: { locale: string; minutes: number }) {
  const t = useTranslations("DonateManage");
  const [state, formAction, isPending] = useActionState(
    requestManageGiftLink,
    initialManageGiftFormState,
  );
  const id = useId();
  const { formRef, alertRef } = useFocusFirstError(state, FIELD_ORDER);

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
      default:
        return null;
    }
  })();

  if (state.status === "sent") {
    return (
      <div
        role="status"
        data-testid="manage-sent"
        className="rounded-lg border border-heart-200 border-s-4 border-s-heart-700 bg-heart-50 p-4"
      >
        <h2 className="text-xl font-semibold text-heart-900">{t("sentHeading")}</h2>
        <p className="mt-2">{t("sentText", { minutes })}</p>
      </div>
    );
  }

  const emailError = state.fieldErrors.email ? t(`errors.${state.fieldErrors.email}`) : null;
  return (
    <form ref={formRef} action={formAction} noValidate className="max-w-xl space-y-6">
      <input type="hidden" name="locale" value={locale} />
      <FormAlert ref={alertRef} message={formMessage} />
      <Field
        id={`${id}-email`}
        name="email"
        label={t("emailLabel")}
        hint={t("emailHint")}
        error={emailError}
        input={{
          type: "email",
          autoComplete: "email",
          required: true,
          maxLength: 254,
          defaultValue: state.email,
        }}
      />
      <Button type="submit" variant="campaign" size="lg" disabled={isPending}>
        {isPending ? t("submitPending") : t("submit")}
      </Button>
    </form>
  );
}
