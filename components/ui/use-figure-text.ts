import { useFormatter, useTranslations } from "next-intl";
import {
  type CampaignFigure,
  figureSources,
  formatFigureValues,
  formatHeadline,
  type NumberFormatter,
  type SourceId,
} from "@/lib/campaign/figures";

/** The words around a figure in the visitor's language: statement, headline, source and year. */
export function useFigureText() {
  const t = useTranslations("Figures");
  const format = useFormatter();
  const formatNumber: NumberFormatter = (value, options) => format.number(value, options);

  return {
    statement: (figure: CampaignFigure) =>
      t(`items.${figure.id}`, formatFigureValues(figure, formatNumber)),
    headline: (figure: CampaignFigure) => formatHeadline(figure, formatNumber),
    sourceName: (source: SourceId) => t(`sources.${source}`),
    sourceYear: (source: SourceId) => {
      const { year, reported } = figureSources[source];
      const yearText = format.number(year, { useGrouping: false });
      return reported ? t("reportedIn", { year: yearText }) : yearText;
    },
    sourceLabel: t("sourceLabel"),
  };
}
