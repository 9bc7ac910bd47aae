import { useTranslations } from "next-intl";
import { type FigureId, getFigure } from "@/lib/campaign/figures";
import { useFigureText } from "./use-figure-text";

// Every figure with its source and year. Automatic column widths (no table-fixed) give each column
// at least its longest word, so the table fits a 320 px screen without scrolling sideways.
export function FigureTable({ figureIds }: { figureIds: readonly FigureId[] }) {
  const t = useTranslations("Figures");
  const text = useFigureText();
  const cell = "px-2 py-3 align-top sm:px-3";
  return (
    <table className="w-full border-collapse text-start text-sm/snug sm:text-base/relaxed">
      <caption className="mb-3 text-start text-base font-semibold text-heart-900 sm:text-lg">
        {t("tableCaption")}
      </caption>
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
            <tr key={id} data-figure={id} className="border-b border-heart-100 even:bg-heart-50/60">
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
  );
}
