import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

const LOOKS = {
  /** The main action: white on the band. */
  filled:
    "inline-block rounded-md bg-white px-6 py-3 text-lg font-semibold text-heart-900 no-underline hover:bg-heart-50",
  /** The action beside it: outlined in white. */
  outlined:
    "inline-block rounded-md border-2 border-white px-6 py-2.5 text-lg font-semibold text-white no-underline hover:bg-heart-800",
} as const;

/** A large link on the home page's dark campaign band ("Sign the pledge", "Donate"). */
export function CallToAction({
  href,
  look,
  label,
}: {
  href: ComponentProps<typeof Link>["href"];
  look: keyof typeof LOOKS;
  label: string;
}) {
  return (
    <Link href={href} className={LOOKS[look]}>
      {label}
    </Link>
  );
}
