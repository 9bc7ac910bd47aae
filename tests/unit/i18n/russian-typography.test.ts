import { describe, expect, it } from "vitest";
import { catalogProblems } from "@/tests/support/public-catalog";

// Russian typography, as the UN's Russian pages set it: « » quotes („ “ inside them), no ASCII
// apostrophe (before `{` it is also an ICU escape that would swallow an argument), the dash —
// rather than a hyphen between spaces, and a no-break space where a line must not break: after a
// one-letter word (в, к, с, у, о, и, а, я), before a dash, and between a number and the noun it
// counts ("24 часа", "# минуты").
function russianTypographyProblems(message: string): string[] {
  const problems: string[] = [];
  if (message.includes("'")) problems.push("ASCII apostrophe '");
  if (/["“”]/.test(message.replace(/„[^“]*“/g, "")))
    problems.push("quotation marks other than « »");
  if (/ - /.test(message)) problems.push("hyphen between spaces (use —)");
  if (/ —/.test(message)) problems.push("ordinary space before — (use a no-break space)");
  for (const match of message.matchAll(/(?<![\p{L}\d-])([вксуоиаяВКСУОИАЯ]) /gu)) {
    problems.push(`ordinary space after "${match[1]}"`);
  }
  for (const match of message.matchAll(/(?<!\d)(\d+|#) (?=[а-яё])/g)) {
    problems.push(`ordinary space after "${match[1]}"`);
  }
  return problems;
}

describe("Russian typography", () => {
  it("is followed by every Russian message", () => {
    expect(catalogProblems("ru", russianTypographyProblems)).toEqual([]);
  });

  it("accepts a sentence set the Russian way", () => {
    expect(
      russianTypographyProblems(
        "Кнопка «Покинуть сайт»\u00a0— в\u00a0каждом «окне „Инкогнито“»: 24\u00a0часа, ещё #\u00a0раза, 4242 4242.",
      ),
    ).toEqual([]);
  });

  it("finds an apostrophe, English quotes, a hyphen for a dash and breakable spaces", () => {
    expect(russianTypographyProblems("кнопка 'Выход'")).toEqual(["ASCII apostrophe '"]);
    expect(russianTypographyProblems("кнопка “Выход”")).toEqual(["quotation marks other than « »"]);
    expect(russianTypographyProblems("сайт - это")).toEqual(["hyphen between spaces (use —)"]);
    expect(russianTypographyProblems("сайт\u00a0— это в сети, 24 часа, ещё # раз")).toEqual([
      'ordinary space after "в"',
      'ordinary space after "24"',
      'ordinary space after "#"',
    ]);
    expect(russianTypographyProblems("сайт — это")).toEqual([
      "ordinary space before — (use a no-break space)",
    ]);
  });
});
