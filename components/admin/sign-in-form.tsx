"use client";
import { useActionState } from "react";
import type { SignInState } from "./session-actions";

interface Labels {
  email: string;
  password: string;
  submit: string;
  submitting: string;
}

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
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          {labels.email}
        </label>
        <input
          key={state.attempt ?? 0}
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : state.error ? "sign-in-error" : undefined}
          className="block w-full rounded-md border border-ink-muted px-3 py-2"
        />
        {emailError ? (
          <p id="email-error" className="text-sm text-red-800">
            {emailError}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
          className="block w-full rounded-md border border-ink-muted px-3 py-2"
        />
        {passwordError ? (
          <p id="password-error" className="text-sm text-red-800">
            {passwordError}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="w-full rounded-md bg-heart-800 px-4 py-2.5 font-semibold text-white hover:bg-heart-900 disabled:opacity-70"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
