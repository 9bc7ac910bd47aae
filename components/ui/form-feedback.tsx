import type { Ref } from "react";

/**
 * The message at the top of a refused form. Always rendered (empty when there is nothing to say), so
 * screen readers announce it when it changes; focus moves here when no single field is to blame.
 */
export function FormAlert({ ref, message }: { ref?: Ref<HTMLDivElement>; message: string | null }) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className={
        message === null
          ? ""
          : "rounded-md border-2 border-red-700 bg-white p-4 text-base font-medium text-red-700"
      }
    >
      {message}
    </div>
  );
}

/** A field's error, tied to the field by `aria-describedby` through its id. */
export function FieldError({
  id,
  message,
  compact,
}: {
  id: string;
  message: string | null;
  /** The staff screens' denser look. */
  compact?: boolean;
}) {
  if (message === null) return null;
  return (
    <p
      id={id}
      className={compact ? "text-sm text-red-800" : "mt-2 text-base font-medium text-red-700"}
    >
      {message}
    </p>
  );
}

/** The ids a field's `aria-describedby` lists: its hint and its error, when they exist. */
export function describedByIds(...ids: Array<string | false | undefined>): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}
