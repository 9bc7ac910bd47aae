import { TextLink } from "@/components/ui/text-link";

/** The top of a record's page: the way back to its list, then the record's name as the h1. */
export function DetailHeader({
  backHref,
  backLabel,
  title,
}: {
  backHref: string;
  backLabel: string;
  title: string;
}) {
  return (
    <>
      <p>
        <TextLink href={backHref}>{backLabel}</TextLink>
      </p>
      <h1 className="text-2xl font-bold break-words text-heart-900">{title}</h1>
    </>
  );
}
