"use client";

import { Link, usePathname } from "@/i18n/navigation";

export type PrimaryNavItem = {
  /** The path without a locale prefix, as `campaignPages` lists it. */
  href: string;
  label: string;
  /** Drawn as a button: the one action the header invites (Donate). */
  button?: boolean;
};

const linkClass =
  "inline-flex min-h-11 items-center rounded-sm font-medium text-heart-800 underline-offset-4 hover:underline aria-[current=page]:font-bold aria-[current=page]:text-heart-900 aria-[current=page]:underline aria-[current=page]:decoration-2";
const buttonClass =
  "inline-flex min-h-11 items-center rounded-md bg-heart-700 px-4 font-semibold text-white no-underline hover:bg-heart-800 focus-visible:outline-offset-2 aria-[current=page]:bg-heart-900";

function NavList({
  items,
  pathname,
  className,
}: {
  items: readonly PrimaryNavItem[];
  pathname: string;
  className: string;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === pathname ? "page" : undefined}
            className={item.button ? buttonClass : linkClass}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The site's main links. On narrow screens they fold behind a menu button, a `<details>`, so the
 * menu opens without JavaScript; from `lg` up they sit in a row. Both copies are the same landmark,
 * and only one is ever displayed (the other is `display: none`, out of the accessibility tree).
 * A client component to mark the page it is on with `aria-current`, also when prerendered.
 */
export function PrimaryNav({
  label,
  menuLabel,
  items,
}: {
  label: string;
  menuLabel: string;
  items: readonly PrimaryNavItem[];
}) {
  const pathname = usePathname();

  return (
    <>
      {/* Keyed by the page: following a link swaps the page, not the layout, and the open menu
          would stay open over the new page; a new element starts closed. */}
      <details key={pathname} className="group shrink-0 lg:hidden" data-mobile-menu>
        <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-md border border-heart-800 px-3 font-semibold text-heart-900 hover:bg-heart-50 [&::-webkit-details-marker]:hidden">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeLinecap="round"
          >
            <path d="M4 7h16M4 12h16M4 17h16" className="group-open:hidden" />
            <path d="M6 6l12 12M18 6L6 18" className="hidden group-open:inline" />
          </svg>
          {menuLabel}
        </summary>
        {/* Below the whole header (positioned against it), over the page rather than pushing it. */}
        <nav
          aria-label={label}
          className="absolute inset-x-0 top-full z-30 border-b border-heart-100 bg-white shadow-lg"
        >
          <NavList
            items={items}
            pathname={pathname}
            className="mx-auto flex w-full max-w-5xl flex-col gap-1 px-4 pt-2 pb-4 text-base sm:px-6"
          />
        </nav>
      </details>
      <nav aria-label={label} className="hidden lg:block">
        <NavList
          items={items}
          pathname={pathname}
          className="flex flex-wrap items-center gap-x-5 gap-y-2 text-base"
        />
      </nav>
    </>
  );
}
