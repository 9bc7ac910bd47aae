import type { ReactNode } from "react";

/** Running text: a comfortable line length and spacing between paragraphs, lists and headings. */
export function Prose({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div
      className={`max-w-[68ch] space-y-4 text-lg/relaxed [&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:font-semibold [&_h2]:text-heart-900 ${className}`}
    >
      {children}
    </div>
  );
}
