import { type FigureId, getFigure } from "@/lib/campaign/figures";
import { SourceCitation } from "./source-citation";
import { useFigureText } from "./use-figure-text";

/** A few figures as cards: the number large, the sentence that explains it, its source and year. */
export function FigureHighlights({ figureIds }: { figureIds: readonly FigureId[] }) {
  const text = useFigureText();
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {figureIds.map((id) => {
        const figure = getFigure(id);
        const headline = text.headline(figure);
        return (
          <li
            key={id}
            data-figure={id}
            className="flex flex-col gap-3 rounded-xl border border-heart-100 bg-white p-5 shadow-sm"
          >
            {headline === undefined ? null : (
              <p className="text-3xl font-bold tracking-tight text-heart-800" aria-hidden="true">
                {headline}
              </p>
            )}
            <p className="flex-1 text-base/relaxed">{text.statement(figure)}</p>
            <SourceCitation source={figure.source} />
          </li>
        );
      })}
    </ul>
  );
}
