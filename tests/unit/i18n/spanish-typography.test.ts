import { describe, expect, it } from "vitest";
import { catalogProblems } from "@/tests/support/public-catalog";

// Spanish typography, as the UN's Spanish pages set it: a question opens with ¿ and an exclamation
// with ¡ (each closing sign has its opening one before it), quotations in « », and no ASCII
// apostrophe (Spanish needs none, and one before `{` is an ICU escape that would swallow an
// argument).
function spanishTypographyProblems(message: string): string[] {
  const problems: string[] = [];
  if (message.includes("'")) problems.push("ASCII apostrophe '");
  if (/["“”]/.test(message)) problems.push("English quotation marks (use « »)");
  const pairs = [
    ["¿", "?"],
    ["¡", "!"],
  ] as const;
  for (const [opening, closing] of pairs) {
    let open = 0;
    for (const character of message) {
      if (character === opening) open += 1;
      if (character === closing) {
        if (open === 0) problems.push(`"${closing}" without an opening "${opening}"`);
        else open -= 1;
      }
    }
    if (open > 0) problems.push(`"${opening}" without a closing "${closing}"`);
  }
  return problems;
}

describe("Spanish typography", () => {
  it("is followed by every Spanish message", () => {
    expect(catalogProblems("es", spanishTypographyProblems)).toEqual([]);
  });

  it("accepts questions and exclamations opened the Spanish way, and « » quotes", () => {
    expect(
      spanishTypographyProblems("¿Busca ayuda? Pulse «Salir». Firmé, ¿y usted? ¡Gracias!"),
    ).toEqual([]);
  });

  it("finds a missing opening sign, an unclosed one, English quotes and an ASCII apostrophe", () => {
    expect(spanishTypographyProblems("Firmé. ¿Y usted?  Gracias!")).toEqual([
      '"!" without an opening "¡"',
    ]);
    expect(spanishTypographyProblems("Busca ayuda?")).toEqual(['"?" without an opening "¿"']);
    expect(spanishTypographyProblems("¿Busca ayuda")).toEqual(['"¿" without a closing "?"']);
    expect(spanishTypographyProblems("el botón “Salir”")).toEqual([
      "English quotation marks (use « »)",
    ]);
    expect(spanishTypographyProblems("'{count} personas")).toEqual(["ASCII apostrophe '"]);
  });
});
