import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways on a phone. Focusable and labelled by the table's caption, so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-heart-200 bg-white"
    >
      {children}
    </section>
  );
}

export const tableClass = "w-full min-w-[40rem] border-collapse text-start text-sm";
export const captionClass = "px-4 py-3 text-start text-base font-semibold text-heart-900";
export const thClass = "border-heart-200 border-b bg-heart-50 px-3 py-2 text-start font-semibold";
export const tdClass = "border-heart-100 border-b px-3 py-2 align-top";
