"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface AdminNavItem {
  href: string;
  label: string;
}

/** The staff area's sections; the current one is marked for screen readers too. */
export function AdminNav({ items, label }: { items: AdminNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="overflow-x-auto">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {items.map((item) => {
          const current =
            item.href === "/admin" ? pathname === "/admin" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-md px-3 py-2 text-sm font-medium ${
                  current ? "bg-white text-heart-900" : "text-white hover:bg-heart-800"
                } focus-visible:outline-white`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
