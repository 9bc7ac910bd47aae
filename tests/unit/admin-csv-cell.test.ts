import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "@/lib/admin/csv-cell";

describe("a CSV cell", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ["+41 79 000", "'+41 79 000"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", '"\'\rcmd"'],
  ])("neutralises the formula %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes commas, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvCell('Ana "Nana", Lima')).toBe('"Ana ""Nana"", Lima"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("Zoë 李")).toBe("Zoë 李");
    expect(csvCell("a-b=c")).toBe("a-b=c");
  });

  it("writes numbers, booleans and empty values as they are", () => {
    expect(csvRow([-250, true, null, undefined, "x"])).toBe("-250,true,,,x\r\n");
  });
});
