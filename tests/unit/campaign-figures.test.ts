import { describe, expect, it } from "vitest";
import {
  figureSources,
  figures,
  formatFigureValues,
  formatHeadline,
  formatQuantity,
  getFigure,
  type NumberFormatter,
} from "@/lib/campaign/figures";
import messages from "@/messages/en.json";

const english: NumberFormatter = (value, options) =>
  new Intl.NumberFormat("en", options).format(value);

describe("campaign figures", () => {
  it("gives every figure a source with a year", () => {
    for (const figure of figures) {
      const source = figureSources[figure.source];
      expect(source.year, figure.id).toBeGreaterThanOrEqual(2000);
    }
  });

  it("has a sentence for every figure and a name for every source in the English messages", () => {
    for (const figure of figures) {
      expect(messages.Figures.items[figure.id], figure.id).toBeTruthy();
    }
    for (const source of Object.keys(figureSources)) {
      expect(messages.Figures.sources[source as keyof typeof figureSources], source).toBeTruthy();
    }
  });

  it("uses every quantity of a figure in its sentence, so no number is dropped silently", () => {
    for (const figure of figures) {
      const sentence = messages.Figures.items[figure.id];
      for (const name of Object.keys(figure.quantities)) {
        expect(sentence, `${figure.id}.${name}`).toContain(`{${name}}`);
      }
    }
  });

  it("keeps the figures of the campaign facts with their years", () => {
    expect(getFigure("forcedLabour2012").quantities).toMatchObject({
      total: { value: 20_900_000 },
    });
    expect(getFigure("forcedLabour2021").quantities).toMatchObject({
      total: { value: 27_600_000 },
    });
    expect(getFigure("modernSlavery2021").quantities).toMatchObject({
      total: { value: 49_600_000 },
    });
    expect(figureSources[getFigure("forcedLabour2012").source].year).toBe(2012);
    expect(figureSources[getFigure("modernSlavery2021").source].year).toBe(2022);
    expect(figureSources.unodc2022).toEqual({ year: 2022, reported: true });
  });

  it("writes counts the way a reader says them and shares as percentages", () => {
    expect(formatQuantity({ kind: "count", value: 20_900_000 }, english)).toBe("20.9 million");
    expect(formatQuantity({ kind: "count", value: 5_500_000 }, english)).toBe("5.5 million");
    expect(formatQuantity({ kind: "share", value: 0.35 }, english)).toBe("35%");
  });

  it("formats every quantity of a figure and its headline", () => {
    const figure = getFigure("forcedLabour2021");
    expect(formatFigureValues(figure, english)).toEqual({
      total: "27.6 million",
      children: "3.3 million",
    });
    expect(formatHeadline(figure, english)).toBe("27.6 million");
    expect(formatHeadline(getFigure("regionalPatterns2022"), english)).toBeUndefined();
  });
});
