import type { ReactNode } from "react";

/** Centres content with a readable maximum width and side padding from 320 px upwards. */
export function Container({
  children,
  className = "",
}: {
  children: ReactNode;
  className?: string;
}) {
  return <div className={`mx-auto w-full max-w-5xl px-4 sm:px-6 ${className}`}>{children}</div>;
}
