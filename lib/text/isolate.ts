/** First Strong Isolate and Pop Directional Isolate (Unicode Bidirectional Algorithm, UAX #9). */
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * A name or other text from outside the catalogs, set into a sentence as a unit in its own
 * direction: an operator's Latin name with a parenthesis or a full stop in an Arabic sentence keeps
 * its punctuation where it belongs. Invisible, and ignored by screen readers and search.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** The operator's and the beneficiary's names for the page's sentences, each isolated. */
export function isolatedNames(operator: { name: string; beneficiary: { name: string } }): {
  operator: string;
  beneficiary: string;
} {
  return { operator: isolate(operator.name), beneficiary: isolate(operator.beneficiary.name) };
}
