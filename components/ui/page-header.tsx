import type { ReactNode } from "react";
import { BlueHeart } from "@/components/brand/blue-heart";
import { Container } from "./container";

/** The top of an information page: its single h1 and a short lead paragraph. */
export function PageHeader({ title, lead }: { title: ReactNode; lead: ReactNode }) {
  return (
    <div className="border-b border-heart-100 bg-linear-to-b from-heart-50 to-white">
      <Container className="flex items-start gap-4 py-10 sm:py-14">
        <BlueHeart className="mt-1 hidden size-10 shrink-0 text-heart-600 sm:block" />
        {/* min-w-0 and wrap-break-word: a word longer than a 320 px screen is wide ("конфиденциальности"
            in Russian) breaks instead of widening the page. */}
        <div className="min-w-0">
          <h1 className="text-3xl font-bold tracking-tight text-balance wrap-break-word text-heart-900 sm:text-4xl">
            {title}
          </h1>
          <p className="mt-4 max-w-[60ch] text-lg/relaxed text-ink-muted sm:text-xl/relaxed">
            {lead}
          </p>
        </div>
      </Container>
    </div>
  );
}
