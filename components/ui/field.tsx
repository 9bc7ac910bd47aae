import type { ComponentProps, ReactNode } from "react";
import { describedByIds, FieldError } from "./form-feedback";

/** What a field hands its control: the id its label points at and the ids that describe it. */
export interface FieldControl {
  id: string;
  name?: string;
  /** Where `useFocusFirstError` finds the field. */
  "data-field"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  className: string;
}

type FieldBase = {
  /** The control's id. */
  id: string;
  /** The control's name, also its `data-field` (see `useFocusFirstError`). */
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The error to show under the control, already in the reader's words. */
  error?: string | null;
  /**
   * The stem of the hint's and error's ids (`<stem>-hint`, `<stem>-error`); the control's id unless
   * the messages belong to a group the control is one part of.
   */
  messagesId?: string;
  /** More ids to describe the control by (a form-level message, say). */
  describedBy?: string;
  /** The staff screens' denser look. */
  compact?: boolean;
  className?: string;
  labelClassName?: string;
};

type FieldProps = FieldBase &
  (
    | {
        /** The control itself (select, textarea, ...), given its id, aria attributes and classes. */
        children: (control: FieldControl) => ReactNode;
        input?: never;
      }
    | {
        /** Or a plain input with these attributes. */
        input: ComponentProps<"input">;
        children?: never;
      }
  );

const STYLES = {
  public: {
    label: "block font-semibold text-heart-900",
    hint: "mt-1 text-base text-ink-muted",
    control:
      "mt-2 block w-full rounded-md border border-ink-muted bg-white px-3 py-2 text-base text-ink aria-invalid:border-2 aria-invalid:border-red-700",
  },
  compact: {
    label: "block text-sm font-medium",
    hint: "text-sm text-ink-muted",
    control:
      "block w-full rounded-md border border-ink-muted bg-white px-3 py-2 aria-invalid:border-red-700",
  },
} as const;

function messageIds(
  stem: string,
  hint: ReactNode,
  error: string | null | undefined,
  more?: string,
) {
  return describedByIds(hint != null && `${stem}-hint`, Boolean(error) && `${stem}-error`, more);
}

/**
 * A labelled form field: label, hint, the control, and its error, tied together by ids so a screen
 * reader reads the hint and the error with the control.
 */
export function Field({
  id,
  name,
  label,
  hint,
  error,
  messagesId = id,
  describedBy,
  compact,
  className,
  labelClassName,
  children,
  input,
}: FieldProps) {
  const style = compact ? STYLES.compact : STYLES.public;
  const control: FieldControl = {
    id,
    name,
    "data-field": name,
    "aria-describedby": messageIds(messagesId, hint, error, describedBy),
    "aria-invalid": error ? true : undefined,
    className: style.control,
  };
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName ?? style.label}>
        {label}
      </label>
      {hint == null ? null : (
        <p id={`${messagesId}-hint`} className={style.hint}>
          {hint}
        </p>
      )}
      {children ? children(control) : <input {...control} {...input} />}
      <FieldError id={`${messagesId}-error`} message={error || null} compact={compact} />
    </div>
  );
}

type CheckboxFieldProps = Pick<
  FieldBase,
  "id" | "name" | "label" | "hint" | "error" | "describedBy" | "className"
> & {
  children: (control: FieldControl) => ReactNode;
};

/** A checkbox with its label and hint beside it, and its error below. */
export function CheckboxField({
  id,
  name,
  label,
  hint,
  error,
  describedBy,
  className,
  children,
}: CheckboxFieldProps) {
  return (
    <div className={className}>
      <div className="flex gap-3">
        {children({
          id,
          name,
          "data-field": name,
          "aria-describedby": messageIds(id, hint, error, describedBy),
          "aria-invalid": error ? true : undefined,
          className: "mt-1 size-5 shrink-0 accent-heart-700",
        })}
        <div>
          <label htmlFor={id} className="font-semibold text-heart-900">
            {label}
          </label>
          {hint == null ? null : (
            <p id={`${id}-hint`} className={STYLES.public.hint}>
              {hint}
            </p>
          )}
        </div>
      </div>
      <FieldError id={`${id}-error`} message={error || null} />
    </div>
  );
}
