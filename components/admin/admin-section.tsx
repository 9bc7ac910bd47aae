import type { ReactNode } from "react";

const LOOKS = {
  /** A part of a page: heading and content on the page's background. */
  plain: { section: "space-y-4", heading: "text-xl font-semibold text-heart-900" },
  /** A record's details on a white card. */
  card: {
    section: "rounded-lg border border-heart-200 bg-white p-4",
    heading: "mb-3 text-lg font-semibold",
  },
  /** An irreversible action, set apart in red. */
  danger: {
    section: "rounded-lg border border-red-700 bg-white p-4",
    heading: "mb-2 text-lg font-semibold",
  },
} as const;

/** A staff page's section, named by its h2 so screen reader users can jump between them. */
export function AdminSection({
  id,
  heading,
  look = "plain",
  children,
}: {
  /** The heading's id; unique on the page. */
  id: string;
  heading: ReactNode;
  look?: keyof typeof LOOKS;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={LOOKS[look].section}>
      <h2 id={id} className={LOOKS[look].heading}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
