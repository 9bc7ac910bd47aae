"use client";
import { useActionState } from "react";
import type { AddStaffState } from "./staff-actions";
import { StatusNotice } from "./status-notice";

interface Labels {
  title: string;
  email: string;
  name: string;
  role: string;
  password: string;
  passwordHint: string;
  add: string;
  roles: { ADMIN: string; REVIEWER: string };
}

const field = "block w-full rounded-md border border-ink-muted bg-white px-3 py-2";

export function AddStaffForm({
  action,
  labels,
}: {
  action: (state: AddStaffState, formData: FormData) => Promise<AddStaffState>;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const describedBy = (name: keyof typeof errors, hint?: string) =>
    [errors[name] ? `staff-${name}-error` : null, hint ?? null].filter(Boolean).join(" ") ||
    undefined;
  // After a success the form starts empty again (the key changes with the message).
  const values = state.ok ? undefined : state.values;
  return (
    <section
      aria-labelledby="add-staff-title"
      className="rounded-lg border border-heart-200 bg-white p-4"
    >
      <h2 id="add-staff-title" className="mb-3 text-lg font-semibold">
        {labels.title}
      </h2>
      <div aria-live="polite">{state.ok ? <StatusNotice message={state.message} /> : null}</div>
      <form
        action={formAction}
        className="grid gap-3 sm:grid-cols-2"
        noValidate
        key={state.message}
      >
        {(
          [
            ["email", "email", labels.email, "off"],
            ["name", "text", labels.name, "off"],
          ] as const
        ).map(([name, type, label, autoComplete]) => (
          <div key={name}>
            <label htmlFor={`staff-${name}`} className="block text-sm font-medium">
              {label}
            </label>
            <input
              id={`staff-${name}`}
              name={name}
              type={type}
              autoComplete={autoComplete}
              required={name === "email"}
              defaultValue={values?.[name]}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={describedBy(name)}
              className={field}
            />
            {errors[name] ? (
              <p id={`staff-${name}-error`} className="text-sm text-red-800">
                {errors[name]}
              </p>
            ) : null}
          </div>
        ))}
        <div>
          <label htmlFor="staff-role" className="block text-sm font-medium">
            {labels.role}
          </label>
          <select
            id="staff-role"
            name="role"
            defaultValue={values?.role || "REVIEWER"}
            aria-describedby={describedBy("role")}
            className={field}
          >
            <option value="REVIEWER">{labels.roles.REVIEWER}</option>
            <option value="ADMIN">{labels.roles.ADMIN}</option>
          </select>
          {errors.role ? (
            <p id="staff-role-error" className="text-sm text-red-800">
              {errors.role}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="staff-password" className="block text-sm font-medium">
            {labels.password}
          </label>
          <input
            id="staff-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy("password", "staff-password-hint")}
            className={field}
          />
          <p id="staff-password-hint" className="text-sm text-ink-muted">
            {labels.passwordHint}
          </p>
          {errors.password ? (
            <p id="staff-password-error" className="text-sm text-red-800">
              {errors.password}
            </p>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-heart-800 px-4 py-2 font-medium text-white disabled:opacity-70"
          >
            {labels.add}
          </button>
        </div>
      </form>
    </section>
  );
}
