import Link from "next/link";
import type { ComponentProps } from "react";

type TextLinkProps = ComponentProps<typeof Link> & {
  /** Within running text or a table cell: the surrounding weight, not a bolder one. */
  plain?: boolean;
  /**
   * A plain `<a>`: for a route handler (a download) or anything Next must not prefetch, since a
   * prefetch of an export would run it.
   */
  native?: boolean;
};

/** An underlined link in the campaign blue. */
export function TextLink({ plain, native, className = "", href, ...props }: TextLinkProps) {
  const classes = `${plain ? "" : "font-medium "}text-heart-800 underline ${className}`.trim();
  if (native) {
    return <a href={String(href)} className={classes} {...props} />;
  }
  return <Link href={href} className={classes} {...props} />;
}
