import { useTranslations } from "next-intl";
import { useId } from "react";
import { type FigureId, getFigure } from "@/lib/campaign/figures";
import { useFigureText } from "./use-figure-text";

// Every figure with its source and year. Automatic column widths (no table-fixed) give each column
// at least its longest word, so the table fits a 320 px screen in most languages. Russian's longest
// words ("принудительного" in two columns) need about 410 px: there the table scrolls in its own
// region, keyboard-focusable and named by its caption, and the page itself never scrolls sideways
// (WCAG 1.4.10 lets a data table keep its two dimensions).
export function FigureTable({ figureIds }: { figureIds: readonly FigureId[] }) {
  const t = useTranslations("Figures");
  const text = useFigureText();
  const captionId = useId();
  const cell = "px-2 py-3 align-top sm:px-3";
  return (
    <div>
      {/* The caption sits above the region, so it wraps to the screen even when the table scrolls;
          it names both the table and the region. */}
      <p id={captionId} className="mb-3 text-base font-semibold text-heart-900 sm:text-lg">
        {t("tableCaption")}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll must take focus, to scroll by keyboard */}
      <section aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto">
        <table
          aria-labelledby={captionId}
          className="w-full border-collapse text-start text-sm/snug sm:text-base/relaxed"
        >
          <thead>
            <tr className="border-b-2 border-heart-700 text-start">
              <th scope="col" className={`${cell} text-start font-semibold`}>
                {t("columnFigure")}
              </th>
              <th scope="col" className={`${cell} text-start font-semibold`}>
                {t("columnSource")}
              </th>
              <th scope="col" className={`${cell} text-start font-semibold`}>
                {t("columnYear")}
              </th>
            </tr>
          </thead>
          <tbody>
            {figureIds.map((id) => {
              const figure = getFigure(id);
              return (
                <tr
                  key={id}
                  data-figure={id}
                  className="border-b border-heart-100 even:bg-heart-50/60"
                >
                  <td className={`${cell} sm:w-3/5`}>{text.statement(figure)}</td>
                  <td className={cell} data-source={figure.source}>
                    <cite className="not-italic">{text.sourceName(figure.source)}</cite>
                  </td>
                  <td className={cell} data-year>
                    {text.sourceYear(figure.source)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
