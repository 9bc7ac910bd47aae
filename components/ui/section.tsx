import type { ReactNode } from "react";

type SectionProps = {
  /** Unique on the page: the heading's id, which labels the section for assistive technology. */
  id: string;
  heading: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A page section named by its own h2, so screen reader users can jump between regions. */
export function Section({ id, heading, children, className = "" }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={`scroll-mt-6 ${className}`}>
      <h2 id={headingId} className="text-2xl font-semibold text-balance text-heart-900">
        {heading}
      </h2>
      <div className="mt-4 max-w-[68ch] space-y-4 text-lg/relaxed">{children}</div>
    </section>
  );
}
