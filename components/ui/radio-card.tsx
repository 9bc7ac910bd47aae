"use client";
import type { ReactNode } from "react";

const cardClass =
  "flex cursor-pointer items-center gap-3 rounded-md border border-heart-200 bg-white px-4 py-3 text-base font-medium text-heart-900 has-checked:border-2 has-checked:border-heart-700 has-checked:bg-heart-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-heart-700";

/** One choice of a radio group, drawn as a card that is all label (a large target). */
export function RadioCard({
  name,
  value,
  checked,
  onSelect,
  field,
  reveals,
  className = "",
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onSelect: () => void;
  /** On the group's first choice: the field `useFocusFirstError` moves to. */
  field?: string;
  /** The choice that shows its group's `data-revealed` field (app/globals.css). */
  reveals?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <label className={`${cardClass} ${className}`.trim()}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onSelect}
        data-field={field}
        data-reveals={reveals ? "" : undefined}
        // Kept its size when a long label wraps beside it.
        className="size-5 shrink-0 accent-heart-700"
      />
      {children}
    </label>
  );
}
