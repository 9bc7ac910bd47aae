// Figures formatted as the English pages format them, for tests that compare against the text.
import type { NumberFormatter } from "../../lib/campaign/figures";

export const english: NumberFormatter = (value, options) =>
  new Intl.NumberFormat("en", options).format(value);
