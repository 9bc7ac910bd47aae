/** Who wrote a message awaiting review, and the message, as staff see it in a queue. */
export function ReviewItemSummary({
  id,
  name,
  details,
  message,
}: {
  /** Labels the item's buttons (`aria-describedby`). */
  id: string;
  name: string;
  /** Shown after the name: country or amount, and the date. */
  details: string;
  message: string | null;
}) {
  return (
    <>
      <p id={id} className="font-semibold">
        {name} <span className="font-normal text-ink-muted">· {details}</span>
      </p>
      <QuotedMessage className="mt-2">{message}</QuotedMessage>
    </>
  );
}

/** A supporter's or donor's own words, kept as they wrote them (line breaks included). */
export function QuotedMessage({
  children,
  className,
}: {
  children: string | null;
  className: string;
}) {
  return (
    <blockquote
      className={`${className} border-heart-200 border-s-4 ps-3 break-words whitespace-pre-line`}
    >
      {children}
    </blockquote>
  );
}
