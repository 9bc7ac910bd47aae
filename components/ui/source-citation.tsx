import type { SourceId } from "@/lib/campaign/figures";
import { useFigureText } from "./use-figure-text";

/** "Source: ILO Global Estimate of Forced Labour, 2012", shown under a figure. */
export function SourceCitation({ source }: { source: SourceId }) {
  const text = useFigureText();
  return (
    <p className="text-sm/snug text-ink-muted" data-source={source}>
      {text.sourceLabel} <cite className="not-italic font-medium">{text.sourceName(source)}</cite>
      {", "}
      <span data-year>{text.sourceYear(source)}</span>
    </p>
  );
}
