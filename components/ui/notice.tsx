import type { ReactNode } from "react";

/** A statement a reader must not miss, such as "this is not an official UN site". */
export function Notice({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div
      className={`rounded-lg border border-heart-200 border-s-4 border-s-heart-700 bg-heart-50 p-4 text-base/relaxed ${className}`}
    >
      {children}
    </div>
  );
}
