import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware wrappers around Next's navigation: `<Link href="/privacy">` keeps the visitor's
// language and its prefix (`/fr/privacy`).
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
