"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { AddStaffState } from "./staff-actions";
import { StatusNotice } from "./status-notice";

interface Labels {
  addTitle: string;
  email: string;
  name: string;
  role: string;
  password: string;
  passwordHint: string;
  add: string;
  roles: { ADMIN: string; REVIEWER: string };
}

export function AddStaffForm({
  action,
  labels,
}: {
  action: (state: AddStaffState, formData: FormData) => Promise<AddStaffState>;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  // After a success the form starts empty again (the key changes with the message).
  const values = state.ok ? undefined : state.values;
  return (
    <section
      aria-labelledby="add-staff-title"
      className="rounded-lg border border-heart-200 bg-white p-4"
    >
      <h2 id="add-staff-title" className="mb-3 text-lg font-semibold">
        {labels.addTitle}
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
          <Field
            key={name}
            id={`staff-${name}`}
            label={label}
            error={errors[name]}
            input={{
              name,
              type,
              autoComplete,
              required: name === "email",
              defaultValue: values?.[name],
            }}
            compact
          />
        ))}
        <Field id="staff-role" label={labels.role} error={errors.role} compact>
          {(control) => (
            <select {...control} name="role" defaultValue={values?.role || "REVIEWER"}>
              <option value="REVIEWER">{labels.roles.REVIEWER}</option>
              <option value="ADMIN">{labels.roles.ADMIN}</option>
            </select>
          )}
        </Field>
        <Field
          id="staff-password"
          label={labels.password}
          hint={labels.passwordHint}
          error={errors.password}
          compact
          input={{
            name: "password",
            type: "password",
            autoComplete: "new-password",
            required: true,
            minLength: 12,
          }}
        />
        <div className="sm:col-span-2">
          <Button disabled={pending}>{labels.add}</Button>
        </div>
      </form>
    </section>
  );
}
