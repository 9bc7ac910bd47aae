"use client";
import { useEffect, useRef } from "react";

/** What a refused form's state needs for this: whether it was refused, and which fields. */
interface RefusedState<Field extends string> {
  status: string;
  fieldErrors: Partial<Record<Field, unknown>>;
}

/**
 * After a refused submission, moves focus to the first field to fix (the control marked
 * `data-field="<name>"`, in the order given) or, when no field is to blame, to the form's alert.
 * Returns the refs to put on the form and on its alert.
 */
export function useFocusFirstError<Field extends string>(
  state: RefusedState<Field>,
  order: readonly Field[],
) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "idle") return;
    const first = order.find((field) => state.fieldErrors[field] !== undefined);
    const target = first
      ? formRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(first)}"]`)
      : alertRef.current;
    target?.focus();
  }, [state, order]);
  return { formRef, alertRef };
}
