import { describe, expect, it } from "vitest";
import { catalogProblems } from "@/tests/support/public-catalog";

// French typography, as the UN's French pages set it: the typographic apostrophe ’ (an ASCII '
// before `{` is also an ICU escape that would swallow an argument), « » with a no-break space
// inside, and a no-break space (U+00A0 or the narrow U+202F) before : ; ! ? so the sign never
// starts a line on its own.
const NO_BREAK = "[\u00a0\u202f]";

function frenchTypographyProblems(message: string): string[] {
  const problems: string[] = [];
  if (message.includes("'")) problems.push("ASCII apostrophe ' (use ’)");
  if (/["“”]/.test(message)) problems.push("English quotation marks (use « »)");
  // A colon between digits is a time (09:00), not punctuation.
  const signs = message.replace(/(\d):(\d)/g, "$1$2");
  for (const match of signs.matchAll(/(.?)([:;!?])/g)) {
    if (!new RegExp(NO_BREAK).test(match[1] ?? "")) {
      problems.push(`no no-break space before "${match[2]}"`);
    }
  }
  if (new RegExp(`«(?!${NO_BREAK})`).test(message)) problems.push("no no-break space after «");
  if (new RegExp(`(?<!${NO_BREAK})»`).test(message)) problems.push("no no-break space before »");
  return problems;
}

describe("French typography", () => {
  it("is followed by every French message", () => {
    expect(catalogProblems("fr", frenchTypographyProblems)).toEqual([]);
  });

  it("accepts a sentence set the French way, with a time of day", () => {
    expect(
      frenchTypographyProblems(
        "Thème\u00a0: «\u202fL’abus\u202f» de 09:00 à 15:00\u202f; et vous\u202f? Oui\u202f!",
      ),
    ).toEqual([]);
  });

  it("finds an ASCII apostrophe, English quotes and ordinary spaces before : ; ? and inside « »", () => {
    expect(frenchTypographyProblems("l'aide")).toEqual(["ASCII apostrophe ' (use ’)"]);
    expect(frenchTypographyProblems("le bouton “Quitter”")).toEqual([
      "English quotation marks (use « »)",
    ]);
    expect(frenchTypographyProblems("Source : ici ; et vous ?")).toEqual([
      'no no-break space before ":"',
      'no no-break space before ";"',
      'no no-break space before "?"',
    ]);
    expect(frenchTypographyProblems("Source: « ici »")).toEqual([
      'no no-break space before ":"',
      "no no-break space after «",
      "no no-break space before »",
    ]);
  });
});
