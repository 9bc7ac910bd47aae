// The figures the campaign pages quote, as data: each one carries its source and the source's year,
// so no page can show a number without saying where it comes from. The sentences around the numbers
// live in messages (`Figures.items.<id>`), the source names in `Figures.sources.<id>`.

export type SourceId = "ilo2012" | "unodc2022" | "globalEstimates2022";

export type FigureSource = {
  /** The year the source was published. */
  year: number;
  /** True when the figure is what the source reported in that year, not an estimate for it. */
  reported: boolean;
};

export const figureSources = {
  ilo2012: { year: 2012, reported: false },
  unodc2022: { year: 2022, reported: true },
  globalEstimates2022: { year: 2022, reported: false },
} as const satisfies Record<SourceId, FigureSource>;

/** A number in a figure: a count of people, or a share between 0 and 1. */
export type Quantity = { kind: "count"; value: number } | { kind: "share"; value: number };

export type Figure = {
  id: string;
  source: SourceId;
  /** The quantity a card shows large; absent for figures that are a pattern, not a number. */
  headline?: string;
  quantities: Record<string, Quantity>;
};

const count = (value: number): Quantity => ({ kind: "count", value });
const share = (value: number): Quantity => ({ kind: "share", value });

export const figures = [
  {
    id: "forcedLabour2012",
    source: "ilo2012",
    headline: "total",
    quantities: { total: count(20_900_000) },
  },
  {
    id: "bySex2012",
    source: "ilo2012",
    quantities: { women: count(11_400_000), men: count(9_500_000) },
  },
  {
    id: "children2012",
    source: "ilo2012",
    headline: "children",
    quantities: { children: count(5_500_000) },
  },
  {
    id: "womenShare2012",
    source: "ilo2012",
    quantities: { share: share(0.35) },
  },
  {
    id: "regionalPatterns2022",
    source: "unodc2022",
    quantities: {},
  },
  {
    id: "forcedLabour2021",
    source: "globalEstimates2022",
    headline: "total",
    quantities: { total: count(27_600_000), children: count(3_300_000) },
  },
  {
    id: "modernSlavery2021",
    source: "globalEstimates2022",
    headline: "total",
    quantities: { total: count(49_600_000) },
  },
] as const satisfies readonly Figure[];

export type FigureId = (typeof figures)[number]["id"];
export type CampaignFigure = (typeof figures)[number];

export function getFigure(id: FigureId): CampaignFigure {
  const figure = figures.find((candidate) => candidate.id === id);
  if (figure === undefined) {
    // Unreachable while FigureId is derived from `figures`; kept so a bad edit fails loudly.
    throw new Error(`Unknown campaign figure "${id}"`);
  }
  return figure;
}

/** The few number options the figures need; a subset of Intl.NumberFormatOptions. */
export type QuantityFormatOptions = {
  style?: "percent";
  notation?: "compact";
  compactDisplay?: "long";
  maximumFractionDigits?: number;
};

export type NumberFormatter = (value: number, options: QuantityFormatOptions) => string;

/** "20.9 million", "35%": counts in words, as a reader says them, in the reader's language. */
export function formatQuantity(quantity: Quantity, formatNumber: NumberFormatter): string {
  if (quantity.kind === "share") {
    return formatNumber(quantity.value, { style: "percent", maximumFractionDigits: 0 });
  }
  return formatNumber(quantity.value, {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 1,
  });
}

/** Every quantity of a figure formatted, ready to pass as message arguments. */
export function formatFigureValues(
  figure: Figure,
  formatNumber: NumberFormatter,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(figure.quantities).map(([name, quantity]) => [
      name,
      formatQuantity(quantity, formatNumber),
    ]),
  );
}

/** The formatted headline number of a figure, if it has one. */
export function formatHeadline(figure: Figure, formatNumber: NumberFormatter): string | undefined {
  if (figure.headline === undefined) return undefined;
  const quantity = figure.quantities[figure.headline];
  return quantity === undefined ? undefined : formatQuantity(quantity, formatNumber);
}
