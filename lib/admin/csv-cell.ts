// CSV cells (RFC 4180) that are safe to open in a spreadsheet. Text that starts with = + - @ tab
// or carriage return would be read as a formula (OWASP "CSV injection"), so it gets a leading
// apostrophe, which spreadsheets show as plain text. Numbers we produce ourselves stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(
  values: ReadonlyArray<string | number | boolean | null | undefined>,
): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Spreadsheets (Excel above all) need it to read UTF-8 names correctly. */
export const UTF8_BOM = "\uFEFF";
