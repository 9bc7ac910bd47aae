"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { SignInState } from "./session-actions";

interface Labels {
  email: string;
  password: string;
  submit: string;
  submitting: string;
}

// Roomier than the other staff forms: this card is all there is on the page.
const LOOK = {
  compact: true,
  className: "space-y-1",
  labelClassName: "block font-medium",
} as const;

/** Email + password; works without JavaScript (the action is the form's action). */
export function SignInForm({
  action,
  callbackUrl,
  labels,
  initialError,
}: {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  callbackUrl: string;
  labels: Labels;
  initialError?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { error: initialError });
  const emailError = state.fieldErrors?.email;
  const passwordError = state.fieldErrors?.password;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? (
        <p
          id="sign-in-error"
          role="alert"
          className="rounded-md border border-red-300 border-s-4 border-s-red-700 bg-red-50 p-3 text-red-900"
        >
          {state.error}
        </p>
      ) : null}
      <Field
        // A new attempt starts from what the server kept (the email), not what was typed.
        key={state.attempt ?? 0}
        id="email"
        label={labels.email}
        error={emailError}
        describedBy={!emailError && state.error ? "sign-in-error" : undefined}
        input={{
          name: "email",
          type: "email",
          autoComplete: "username",
          required: true,
          defaultValue: state.email,
        }}
        {...LOOK}
      />
      <Field
        id="password"
        label={labels.password}
        error={passwordError}
        input={{
          name: "password",
          type: "password",
          autoComplete: "current-password",
          required: true,
        }}
        {...LOOK}
      />
      <Button disabled={pending} className="w-full font-semibold">
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
