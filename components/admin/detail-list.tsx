import type { ReactNode } from "react";

/** A record's fields as a description list: the name on the left, the value beside it. */
export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">{children}</dl>;
}

/** One field of a `DetailList`. */
export function Detail({
  term,
  children,
  className,
}: {
  term: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <>
      <dt className="font-medium">{term}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}
