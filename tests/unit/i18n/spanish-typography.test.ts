import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flattenCatalog } from "@/i18n/catalog-check";
import { FEATURE_CATALOGS } from "@/i18n/messages";

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

function spanishCatalog(): Map<string, string> {
  const files = [
    join(process.cwd(), "messages", "es.json"),
    ...FEATURE_CATALOGS.map((name) => join(process.cwd(), "messages", "es", `${name}.json`)),
  ];
  const flat = new Map<string, string>();
  for (const file of files) {
    for (const [key, message] of flattenCatalog(JSON.parse(readFileSync(file, "utf8")))) {
      flat.set(key, message);
    }
  }
  return flat;
}

describe("Spanish typography", () => {
  it("is followed by every Spanish message", () => {
    const problems = [...spanishCatalog()].flatMap(([key, message]) =>
      spanishTypographyProblems(message).map((problem) => `${key}: ${problem}`),
    );
    expect(problems).toEqual([]);
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
