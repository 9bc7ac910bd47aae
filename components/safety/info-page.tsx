import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

/** The frame of the safety pages: the page's h1 and lead, then its sections. */
export function InfoPage({
  title,
  lead,
  children,
}: {
  title: ReactNode;
  lead: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      <Container className="space-y-12 py-12">{children}</Container>
    </>
  );
}
