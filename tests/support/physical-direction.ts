// Finds left/right styling in source text: Tailwind classes and CSS properties that name a physical
// side, where the page should name the start or end of the reading direction (so Arabic, written
// right to left, mirrors by itself). Used by tests/unit/logical-css.test.ts.

/** One physical-direction use: the file, its line, and the class or property found. */
export interface PhysicalDirectionUse {
  file: string;
  line: number;
  found: string;
}

// A Tailwind value: a spacing number (`4`, `2.5`), a fraction, a keyword, or an arbitrary value.
const VALUE = String.raw`(?:\d+(?:\.\d+)?|\d+/\d+|px|full|auto|\[[^\]\s]+\]|\([^)\s]+\))`;
const SIDES = "(?:top-|bottom-)?(?:left|right)(?:-top|-bottom)?";

/** Tailwind utilities (variants and `!`/`-` stripped) with a logical twin or no place in RTL. */
const PHYSICAL_UTILITIES: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(`^(?:scroll-)?[mp][lr]-${VALUE}$`), "ms-/me-, ps-/pe-"],
  [new RegExp(`^(?:left|right)-${VALUE}$`), "start-/end-"],
  [/^text-(?:left|right)$/, "text-start/text-end"],
  [/^border-[lr](?:-.+)?$/, "border-s/border-e"],
  [/^rounded-(?:l|r|tl|tr|bl|br)(?:-.+)?$/, "rounded-s/e, rounded-ss/se/es/ee"],
  [new RegExp(`^translate-x-${VALUE}$`), "a logical offset, or rtl:/ltr: variants"],
  [/^bg-(?:gradient|linear)-to-(?:l|r|tl|tr|bl|br)$/, "a vertical gradient, or rtl:/ltr:"],
  [/^(?:float|clear)-(?:left|right)$/, "float-start/end, clear-start/end"],
  [new RegExp(`^(?:origin|bg|object)-${SIDES}$`), "a centred position, or rtl:/ltr:"],
];

/** CSS properties in a stylesheet that name a physical side. */
const PHYSICAL_CSS: ReadonlyArray<RegExp> = [
  /\b(?:margin|padding|scroll-margin|scroll-padding|border|inset)-(?:left|right)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
];

/** The same in a React `style` object (camelCase keys). */
const PHYSICAL_STYLE: ReadonlyArray<RegExp> = [
  /\b(?:margin|padding|scrollMargin|scrollPadding|border)(?:Left|Right)\b/,
  /\bborder(?:Top|Bottom)(?:Left|Right)Radius\b/,
  /\b(?:left|right)\s*:\s*["'`\d-]/,
  /\b(?:textAlign|float|clear)\s*:\s*["'`](?:left|right)\b/,
];

/** The utility name of a class token: variants (`md:`, `hover:`), `!` and a leading `-` removed. */
function utilityOf(token: string): { utility: string; directional: boolean } {
  // Split on the last `:` outside brackets (`[&:hover]:ml-2` has a colon inside).
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < token.length; i++) {
    const char = token[i];
    if (char === "[" || char === "(") depth++;
    else if (char === "]" || char === ")") depth--;
    else if (char === ":" && depth === 0) cut = i;
  }
  const variants = token.slice(0, cut + 1).split(":");
  // `rtl:` and `ltr:` name the direction on purpose: `rtl:-scale-x-100`, `ltr:left-0 rtl:right-0`.
  const directional = variants.includes("rtl") || variants.includes("ltr");
  const utility = token
    .slice(cut + 1)
    .replace(/^!|!$/g, "")
    .replace(/^-/, "");
  return { utility, directional };
}

/** The physical-direction classes and properties in one file's text, with their line numbers. */
export function findPhysicalDirection(file: string, text: string): PhysicalDirectionUse[] {
  const uses: PhysicalDirectionUse[] = [];
  const stylesheet = file.endsWith(".css");
  text.split("\n").forEach((lineText, index) => {
    const line = index + 1;
    for (const token of lineText.split(/[\s"'`{}<>,;=]+/)) {
      const { utility, directional } = utilityOf(token);
      if (directional) continue;
      const rule = PHYSICAL_UTILITIES.find(([pattern]) => pattern.test(utility));
      if (rule) uses.push({ file, line, found: `${token} (use ${rule[1]})` });
    }
    // A stylesheet's `@apply` lists classes, checked above; its declarations are checked here, as
    // are React `style` objects in components.
    const declarations = stylesheet ? lineText.replace(/@apply[^;]*;?/, "") : lineText;
    for (const pattern of stylesheet ? PHYSICAL_CSS : PHYSICAL_STYLE) {
      const match = declarations.match(pattern);
      if (match) uses.push({ file, line, found: match[0].trim() });
    }
  });
  return uses;
}
